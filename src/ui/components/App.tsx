import { DATASETS } from '../../core/datasets/catalog';
import { useAppStore } from '../state/store';
import { BackendStatus } from './BackendStatus';
import { ClassCounts } from './ClassCounts';
import { DatasetPicker } from './DatasetPicker';
import { LoadStatus } from './LoadStatus';
import { LearningCurve } from '../charts/LearningCurve';
import { Announcer } from './Announcer';
import { AugmentationPanel } from './AugmentationPanel';
import { PresentationToggle } from './PresentationToggle';
import { HeldOutPanel } from './HeldOutPanel';
import { LinkNotices } from './LinkNotices';
import { RunResults } from './RunResults';
import { RunStatus } from './RunStatus';
import { SampleGrid } from './SampleGrid';
import { SplitControls } from './SplitControls';
import { TrainingForm } from './TrainingForm';

/** The page: header with the dataset and backend, then the dataset view. */
export function App() {
  const dataset = useAppStore((state) => state.experiment.dataset);
  const load = useAppStore((state) => state.load);
  const view = useAppStore((state) => state.view);
  const workerError = useAppStore((state) => state.workerError);
  const hasRun = useAppStore((state) => state.run !== undefined);
  const label = DATASETS[dataset].label;
  return (
    <>
      <header className="top">
        <h1>ConvNet Playground</h1>
        <p className="muted">Train convolutional networks on the complete MNIST and CIFAR-10, in this tab.</p>
        <div className="controls">
          <DatasetPicker />
          <BackendStatus />
          <PresentationToggle />
        </div>
      </header>
      <main>
        {workerError && <div role="alert" className="alert">{workerError}</div>}
        <LinkNotices />
        <Announcer />
        <h2>Train</h2>
        <TrainingForm />
        <AugmentationPanel />
        <RunStatus />
        {hasRun && (
          <div className="charts">
            <LearningCurve metric="loss" title="Loss chart" />
            <LearningCurve metric="accuracy" title="Accuracy chart" />
          </div>
        )}
        <HeldOutPanel />
        <RunResults />
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
