/** The model card of a run downloaded as one zip: card.md beside the PNGs it links. */
import { strToU8, zipSync } from 'fflate';
import type { VisualizationSpec } from 'vega-embed';
import { DATASETS } from '../../core/datasets/catalog';
import type { ConfusionMatrix } from '../../core/metrics/classification';
import { modelCard } from '../../core/runs/model-card';
import type { RunRecord } from '../../core/runs/record';
import { chartPng } from '../charts/chart-png';
import { matrixCells, matrixSpec } from '../charts/matrix-spec';
import { overlayRows, overlaySpec } from '../charts/overlay-spec';
import { downloadBlob } from './download';
import { runFileName } from './run-history-actions';
import { setRuns } from './run-history';

/** File names inside the zip, as the card links them. */
export const CARD_FILES = { card: 'card.md', confusion: 'confusion-matrix.png', curves: 'curves.png' } as const;

/** The card is in English, so its images are too: MNIST's digits, CIFAR-10's English class names. */
function englishClassNames(run: RunRecord): string[] {
  return DATASETS[run.settings.dataset].classNames.map((name, label) => (run.settings.dataset === 'mnist' ? String(label) : name.en));
}

function confusionSpec(run: RunRecord, matrix: ConfusionMatrix): VisualizationSpec {
  const names = englishClassNames(run);
  const spec = matrixSpec(names, { predicted: 'predicted class', truth: 'true class', share: 'share of the true class' });
  return { ...spec, width: 360, height: 360, autosize: { type: 'pad' }, data: { values: matrixCells(matrix, names).map((cell) => ({ ...cell })) } } as VisualizationSpec;
}

function curvesSpec(run: RunRecord): VisualizationSpec {
  const chart = (metric: 'loss' | 'accuracy'): Record<string, unknown> => {
    const spec: Record<string, unknown> = { ...overlaySpec({ epoch: 'epoch', metric, run: 'run', split: 'split' }, 480, overlayRows([run], metric)) };
    delete spec.$schema;
    return spec;
  };
  return { $schema: 'https://vega.github.io/schema/vega-lite/v4.json', vconcat: [chart('loss'), chart('accuracy')] } as VisualizationSpec;
}

async function cardZip(run: RunRecord): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {
    [CARD_FILES.card]: strToU8(modelCard(run, { classNames: DATASETS[run.settings.dataset].classNames.map((name) => name.en), confusionImage: CARD_FILES.confusion, curvesImage: CARD_FILES.curves })),
  };
  if (run.test) files[CARD_FILES.confusion] = await chartPng(confusionSpec(run, run.test.confusion));
  if (run.epochs.length > 0) files[CARD_FILES.curves] = await chartPng(curvesSpec(run));
  return zipSync(files);
}

/** Builds the run's model card with its confusion matrix and curves as PNGs and downloads the zip. */
export async function downloadModelCard(run: RunRecord): Promise<void> {
  try {
    const zip = await cardZip(run);
    downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `model-card-${runFileName(run.name)}.zip`);
  } catch (error) {
    setRuns(() => ({ notice: { kind: 'cardFailed', reason: error instanceof Error ? error.message : String(error) } }));
  }
}
