import { FILL_MODES, isNoAugmentation, type FillMode } from '../../core/augment/settings';
import { DATASETS } from '../../core/datasets/catalog';
import { anotherPreviewImage, setAugmentation, toggleAugmentation } from '../state/preview-actions';
import { useAppStore } from '../state/store';
import { NumberField } from './NumberField';
import { useImageUrl } from './use-image-url';

function PreviewImage({ pixels, alt }: { pixels: Uint8Array; alt: string }) {
  const dataset = useAppStore((state) => state.experiment.dataset);
  const url = useImageUrl(pixels, DATASETS[dataset].imageShape);
  return <img src={url} alt={alt} className="preview-image" />;
}

function PreviewGrid() {
  const preview = useAppStore((state) => state.preview);
  const dataset = useAppStore((state) => state.experiment.dataset);
  if (!preview || preview.dataset !== dataset) return <p className="muted">The preview appears when the dataset has loaded.</p>;
  const name = DATASETS[dataset].classNames[preview.label]?.en ?? String(preview.label);
  return (
    <section aria-label="Augmentation preview">
      <p className="small muted">Training image #{preview.sourceIndex} ({name}) and {preview.images.length} augmented copies, as training batches see them.</p>
      <div className="preview-grid">
        <PreviewImage pixels={preview.original} alt={`original ${name}`} />
        {preview.images.map((pixels, i) => <PreviewImage key={i} pixels={pixels} alt={`augmented copy ${i + 1} of ${name}`} />)}
      </div>
      <button type="button" onClick={anotherPreviewImage}>Another image</button>
    </section>
  );
}

/** Augmentation settings (Keras ImageDataGenerator semantics) and a live preview. */
export function AugmentationPanel() {
  const augmentation = useAppStore((state) => state.experiment.augmentation);
  const on = !isNoAugmentation(augmentation);
  return (
    <section aria-label="Augmentation" className="panel">
      <h3>Augmentation</h3>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(event) => toggleAugmentation(event.target.checked)} /> Augment training images
      </label>
      <div className="controls">
        <NumberField label="Rotation (± degrees)" value={augmentation.rotationDegrees} min={0} max={180} step="any" disabled={!on} onChange={(value) => setAugmentation({ rotationDegrees: value ?? 0 })} />
        <NumberField label="Width shift (± fraction)" value={augmentation.widthShift} min={0} max={1} step="any" disabled={!on} onChange={(value) => setAugmentation({ widthShift: value ?? 0 })} />
        <NumberField label="Height shift (± fraction)" value={augmentation.heightShift} min={0} max={1} step="any" disabled={!on} onChange={(value) => setAugmentation({ heightShift: value ?? 0 })} />
        <NumberField label="Zoom (± fraction)" value={augmentation.zoom} min={0} max={0.9} step="any" disabled={!on} onChange={(value) => setAugmentation({ zoom: value ?? 0 })} />
        <NumberField label="Shear (± degrees)" value={augmentation.shearDegrees} min={0} max={80} step="any" disabled={!on} onChange={(value) => setAugmentation({ shearDegrees: value ?? 0 })} />
        <label className="field">
          <span>Fill mode</span>
          <select value={augmentation.fillMode ?? 'nearest'} disabled={!on} onChange={(event) => setAugmentation({ fillMode: event.target.value as FillMode })}>
            {FILL_MODES.map((mode) => <option key={mode} value={mode}>{mode}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={augmentation.horizontalFlip} disabled={!on} onChange={(event) => setAugmentation({ horizontalFlip: event.target.checked })} /> Horizontal flip
        </label>
      </div>
      {!on && <p className="small muted">Off: training sees the images as they are. The preview shows the coursework’s settings (rotation 30°, shift 0.1, zoom 0.2).</p>}
      <PreviewGrid />
    </section>
  );
}
