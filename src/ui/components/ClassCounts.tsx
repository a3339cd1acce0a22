import { DATASETS } from '../../core/datasets/catalog';
import type { DatasetDescribedEvent, SplitName } from '../../core/protocol';
import { useT } from '../i18n/use-t';

const SPLITS: readonly SplitName[] = ['train', 'validation', 'test'];
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const isEmpty = (view: DatasetDescribedEvent, split: SplitName): boolean => sum(view.classCounts[split]) === 0;

/** Per-class counts of every split of the chosen protocol. */
export function ClassCounts({ view }: { view: DatasetDescribedEvent }) {
  const t = useT();
  const info = DATASETS[view.dataset];
  return (
    <table aria-label={t('counts.table')} className="counts">
      <thead>
        <tr>
          <th scope="col">{t('counts.class')}</th>
          <th scope="col">{t('counts.english')}</th>
          <th scope="col">{t('counts.portuguese')}</th>
          {SPLITS.map((split) => (
            <th scope="col" key={split}>{t(`split.${split}`)}</th>
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
              <td key={split}>{isEmpty(view, split) ? '–' : t.number(view.classCounts[split][index] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>{t('counts.total')}</th>
          {SPLITS.map((split) => (
            <td key={split}>{isEmpty(view, split) ? '–' : t.number(sum(view.classCounts[split]))}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
