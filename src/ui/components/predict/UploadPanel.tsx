import { DATASETS } from '../../../core/datasets/catalog';
import { useT } from '../../i18n/use-t';
import { uploadImages } from '../../state/model-actions';
import type { UploadEntry } from '../../state/models';
import { useAppStore } from '../../state/store';
import { classLabels } from '../class-labels';
import { FilePicker } from '../FilePicker';
import { NetworkInput } from './NetworkInput';
import { ProbabilityBars } from './ProbabilityBars';

/** Accepted image types: the input's filter (anything else that is picked is refused with a reason). */
const IMAGE_TYPES = 'image/png,image/jpeg,image/webp';

function UploadResult({ entry }: { entry: UploadEntry }) {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  const labels = classLabels(dataset, t.language);
  const { result } = entry;
  return (
    <li className="upload" aria-label={entry.fileName}>
      <strong className="file-name">{entry.fileName}</strong>
      {!result && !entry.error && <p className="muted small">{t('upload.working')}</p>}
      {entry.error && <p role="alert" className="alert">{entry.error}</p>}
      {result && (
        <div className="upload-result">
          <NetworkInput pixels={result.input} shape={DATASETS[dataset].imageShape} alt={t('upload.input', { name: entry.fileName })} />
          <div>
            <ProbabilityBars probabilities={result.probabilities} labels={labels} top={5} label={t('upload.top5', { name: entry.fileName })} />
            {result.note && <p className="muted small">{result.note}</p>}
          </div>
        </div>
      )}
    </li>
  );
}

/** "Upload images": photos or drawings of any size, classified with the top five classes. */
export function UploadPanel() {
  const t = useT();
  const uploads = useAppStore((state) => state.models.uploads);
  const dataset = useAppStore((state) => state.experiment.dataset);
  return (
    <section aria-label={t('upload.region')} className="panel">
      <h3>{t('upload.title')}</h3>
      <p className="muted small">{t(dataset === 'mnist' ? 'upload.hintMnist' : 'upload.hintCifar')}</p>
      <FilePicker label={t('upload.label')} accept={IMAGE_TYPES} onFiles={(files) => void uploadImages(files)} />
      <ul className="uploads">
        {uploads.map((entry) => <UploadResult key={entry.requestId} entry={entry} />)}
      </ul>
    </section>
  );
}
