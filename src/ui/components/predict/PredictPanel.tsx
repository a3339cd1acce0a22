import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { classLabels } from '../class-labels';
import { DrawingPad } from './DrawingPad';
import { ModelChoice, useRunModelExists } from './ModelChoice';
import { NetworkInsides } from './NetworkInsides';
import { PredictionStatus } from './PredictionStatus';
import { TestImagePicker } from './TestImagePicker';
import { UploadPanel } from './UploadPanel';

/** What keeps the chosen model from predicting on this dataset, in words; undefined when it can. */
function useModelProblem(): string | undefined {
  const t = useT();
  const active = useAppStore((state) => state.models.active);
  const loaded = useAppStore((state) => state.models.loaded);
  const runExists = useRunModelExists();
  if (active === 'run' && !runExists) return t('predict.needModel');
  if (active === 'loaded' && loaded && loaded.problems.length > 0) return loaded.problems.join(' ');
  return undefined;
}

/**
 * "Try the model": draw a digit (MNIST), upload images, pick test images, and see
 * inside the network, with the model chosen in "Predict with".
 */
export function PredictPanel() {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  const problem = useModelProblem();
  return (
    <section aria-labelledby="predict-heading" className="predict">
      <h2 id="predict-heading">{t('predict.title')}</h2>
      <ModelChoice />
      {problem && <p className="muted">{problem}</p>}
      <PredictionStatus labels={classLabels(dataset, t.language)} />
      <div className="predict-grid">
        {dataset === 'mnist' ? <DrawingPad /> : <p className="panel muted">{t('pad.mnistOnly')}</p>}
        <UploadPanel />
        <TestImagePicker />
        <NetworkInsides />
      </div>
    </section>
  );
}
