import { DATASETS } from '../../core/datasets/catalog';
import type { Translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore, type WorkerError } from '../state/store';
import { BackendStatus } from './BackendStatus';
import { ClassCounts } from './ClassCounts';
import { DatasetPicker } from './DatasetPicker';
import { LoadStatus } from './LoadStatus';
import { LearningCurve } from '../charts/LearningCurve';
import { Announcer } from './Announcer';
import { AugmentationPanel } from './AugmentationPanel';
import { PresentationToggle } from './PresentationToggle';
import { HeldOutPanel } from './HeldOutPanel';
import { LanguagePicker } from './LanguagePicker';
import { LinkNotices } from './LinkNotices';
import { ModelsPanel } from './models/ModelsPanel';
import { PredictPanel } from './predict/PredictPanel';
import { RunResults } from './RunResults';
import { RunsPanel } from './runs/RunsPanel';
import { RunStatus } from './RunStatus';
import { SampleGrid } from './SampleGrid';
import { SplitControls } from './SplitControls';
import { SweepsPanel } from './sweeps/SweepsPanel';
import { TrainingForm } from './TrainingForm';

function workerErrorText(t: Translator, error: WorkerError): string {
  return error.kind === 'message' ? error.message : t('worker.crashed', { detail: error.detail || t('worker.unknownError') });
}

/** The page: header with the dataset and backend, then the dataset view. */
export function App() {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  const load = useAppStore((state) => state.load);
  const view = useAppStore((state) => state.view);
  const workerError = useAppStore((state) => state.workerError);
  const hasRun = useAppStore((state) => state.run !== undefined);
  const label = DATASETS[dataset].label;
  return (
    <>
      <header className="top">
        <h1>{t('app.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <div className="controls">
          <DatasetPicker />
          <BackendStatus />
          <PresentationToggle />
          <LanguagePicker />
        </div>
      </header>
      <main>
        {workerError && <div role="alert" className="alert">{workerErrorText(t, workerError)}</div>}
        <LinkNotices />
        <Announcer />
        <h2>{t('app.train')}</h2>
        <TrainingForm />
        <AugmentationPanel />
        <RunStatus />
        {hasRun && (
          <div className="charts">
            <LearningCurve metric="loss" title={t('chart.loss')} />
            <LearningCurve metric="accuracy" title={t('chart.accuracy')} />
          </div>
        )}
        <HeldOutPanel />
        <RunResults />
        <PredictPanel />
        <ModelsPanel />
        <SweepsPanel />
        <RunsPanel />
        <h2>{label}</h2>
        <LoadStatus load={load} datasetLabel={label} />
        {load.status === 'loaded' && (
          <>
            <SplitControls />
            {view && view.dataset === dataset && (
              <div className="dataset-view">
                <SampleGrid view={view} />
                <ClassCounts view={view} />
              </div>
            )}
          </>
        )}
      </main>
    </>
  );
}
