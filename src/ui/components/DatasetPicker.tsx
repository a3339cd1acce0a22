import { DATASET_IDS, DATASETS, type DatasetId } from '../../core/datasets/catalog';
import { useT } from '../i18n/use-t';
import { selectDataset } from '../state/actions';
import { useAppStore } from '../state/store';

/** The "Dataset" combobox. */
export function DatasetPicker() {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  return (
    <label className="field">
      <span>{t('dataset.label')}</span>
      <select value={dataset} onChange={(event) => selectDataset(event.target.value as DatasetId)}>
        {DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {DATASETS[id].label}
          </option>
        ))}
      </select>
    </label>
  );
}
