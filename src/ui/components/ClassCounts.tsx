import { DATASETS } from '../../core/datasets/catalog';
import type { DatasetDescribedEvent, SplitName } from '../../core/protocol';
import { formatCount } from '../../core/util/format';

const SPLITS: readonly SplitName[] = ['train', 'validation', 'test'];
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const isEmpty = (view: DatasetDescribedEvent, split: SplitName): boolean => sum(view.classCounts[split]) === 0;

/** Per-class counts of every split of the chosen protocol. */
export function ClassCounts({ view }: { view: DatasetDescribedEvent }) {
  const info = DATASETS[view.dataset];
  return (
    <table aria-label="Class counts" className="counts">
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col">English</th>
          <th scope="col">Português</th>
          {SPLITS.map((split) => (
            <th scope="col" key={split}>{split}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {info.classNames.map((name, index) => (
          <tr key={name.en}>
            <th scope="row">{index}</th>
            <td>{name.en}</td>
            <td>{name.pt}</td>
            {SPLITS.map((split) => (
              <td key={split}>{isEmpty(view, split) ? '–' : formatCount(view.classCounts[split][index] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>Total</th>
          {SPLITS.map((split) => (
            <td key={split}>{isEmpty(view, split) ? '–' : formatCount(sum(view.classCounts[split]))}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
