import { COURSEWORK_AUGMENTATION, FILL_MODES, isNoAugmentation, type FillMode } from '../../core/augment/settings';
import { DATASETS } from '../../core/datasets/catalog';
import { useT } from '../i18n/use-t';
import { anotherPreviewImage, setAugmentation, toggleAugmentation } from '../state/preview-actions';
import { useAppStore } from '../state/store';
import { localName } from './class-labels';
import { NumberField } from './NumberField';
import { useImageUrl } from './use-image-url';

function PreviewImage({ pixels, alt }: { pixels: Uint8Array; alt: string }) {
  const dataset = useAppStore((state) => state.experiment.dataset);
  const url = useImageUrl(pixels, DATASETS[dataset].imageShape);
  return <img src={url} alt={alt} className="preview-image" />;
}

function PreviewGrid() {
  const t = useT();
  const preview = useAppStore((state) => state.preview);
  const dataset = useAppStore((state) => state.experiment.dataset);
  if (!preview || preview.dataset !== dataset) return <p className="muted">{t('augment.waiting')}</p>;
  const className = DATASETS[dataset].classNames[preview.label];
  const name = className ? localName(className, t.language) : String(preview.label);
  return (
    <section aria-label={t('augment.preview')}>
      <p className="small muted">{t('augment.previewText', { index: preview.sourceIndex, name, count: preview.images.length })}</p>
      <div className="preview-grid">
        <PreviewImage pixels={preview.original} alt={t('augment.original', { name })} />
        {preview.images.map((pixels, i) => <PreviewImage key={i} pixels={pixels} alt={t('augment.copy', { number: i + 1, name })} />)}
      </div>
      <button type="button" onClick={anotherPreviewImage}>{t('augment.another')}</button>
    </section>
  );
}

/** Augmentation settings (Keras ImageDataGenerator semantics) and a live preview. */
export function AugmentationPanel() {
  const t = useT();
  const shown = COURSEWORK_AUGMENTATION;
  const augmentation = useAppStore((state) => state.experiment.augmentation);
  const on = !isNoAugmentation(augmentation);
  return (
    <section aria-label={t('augment.region')} className="panel">
      <h3>{t('augment.region')}</h3>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(event) => toggleAugmentation(event.target.checked)} /> {t('augment.toggle')}
      </label>
      <div className="controls">
        <NumberField label={t('augment.rotation')} value={augmentation.rotationDegrees} min={0} max={180} step="any" disabled={!on} onChange={(value) => setAugmentation({ rotationDegrees: value ?? 0 })} />
        <NumberField label={t('augment.widthShift')} value={augmentation.widthShift} min={0} max={1} step="any" disabled={!on} onChange={(value) => setAugmentation({ widthShift: value ?? 0 })} />
        <NumberField label={t('augment.heightShift')} value={augmentation.heightShift} min={0} max={1} step="any" disabled={!on} onChange={(value) => setAugmentation({ heightShift: value ?? 0 })} />
        <NumberField label={t('augment.zoom')} value={augmentation.zoom} min={0} max={0.9} step="any" disabled={!on} onChange={(value) => setAugmentation({ zoom: value ?? 0 })} />
        <NumberField label={t('augment.shear')} value={augmentation.shearDegrees} min={0} max={80} step="any" disabled={!on} onChange={(value) => setAugmentation({ shearDegrees: value ?? 0 })} />
        <label className="field">
          <span>{t('augment.fillMode')}</span>
          <select value={augmentation.fillMode ?? 'nearest'} disabled={!on} onChange={(event) => setAugmentation({ fillMode: event.target.value as FillMode })}>
            {FILL_MODES.map((mode) => <option key={mode} value={mode}>{mode}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={augmentation.horizontalFlip} disabled={!on} onChange={(event) => setAugmentation({ horizontalFlip: event.target.checked })} /> {t('augment.flip')}
        </label>
      </div>
      {!on && <p className="small muted">{t('augment.off', { rotation: t.number(shown.rotationDegrees), shift: t.number(shown.widthShift), zoom: t.number(shown.zoom) })}</p>}
      <PreviewGrid />
    </section>
  );
}
