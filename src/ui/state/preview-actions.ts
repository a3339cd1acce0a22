import { COURSEWORK_AUGMENTATION, NO_AUGMENTATION, type AugmentationSettings } from '../../core/augment/settings';
import { isNoAugmentation } from '../../core/augment/settings';
import { updateExperiment } from './actions';
import { useAppStore } from './store';
import { newRequestId, send } from './worker-client';

/** Copies in the preview grid: 18, as the coursework drew them. */
export const PREVIEW_COUNT = 18;
const PREVIEW_DELAY_MS = 150;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Asks the worker for a fresh preview soon (typing in a field sends one request, not one per key). */
export function requestPreview(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const { experiment, previewIndex, load } = useAppStore.getState();
    if (load.status !== 'loaded') return;
    const shown = isNoAugmentation(experiment.augmentation) ? COURSEWORK_AUGMENTATION : experiment.augmentation;
    const requestId = newRequestId();
    useAppStore.setState({ previewRequest: requestId });
    send({ type: 'previewAugmentation', requestId, dataset: experiment.dataset, sourceIndex: previewIndex, augmentation: shown, seed: experiment.seed, count: PREVIEW_COUNT });
  }, PREVIEW_DELAY_MS);
}

/** Changes augmentation settings and refreshes the preview. */
export function setAugmentation(patch: Partial<AugmentationSettings>): void {
  updateExperiment({ augmentation: { ...useAppStore.getState().experiment.augmentation, ...patch } });
  requestPreview();
}

/** Switches augmentation on (with the coursework's settings) or off. */
export function toggleAugmentation(on: boolean): void {
  updateExperiment({ augmentation: on ? COURSEWORK_AUGMENTATION : NO_AUGMENTATION });
  requestPreview();
}

/** Previews another training image. */
export function anotherPreviewImage(): void {
  useAppStore.setState((state) => ({ previewIndex: (state.previewIndex * 7919 + 104_729) % 50_000 }));
  requestPreview();
}

/** Refreshes the preview whenever a dataset finishes loading. */
useAppStore.subscribe((state, previous) => {
  if (state.load.status === 'loaded' && previous.load.status !== 'loaded') requestPreview();
});
