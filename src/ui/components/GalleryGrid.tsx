import { DATASETS, type DatasetId } from '../../core/datasets/catalog';
import type { GalleryImage } from '../../core/protocol';
import { useT } from '../i18n/use-t';
import { classLabels } from './class-labels';
import { useImageUrl } from './use-image-url';

function GalleryItem({ image, dataset }: { image: GalleryImage; dataset: DatasetId }) {
  const t = useT();
  const url = useImageUrl(image.pixels, DATASETS[dataset].imageShape);
  const labels = classLabels(dataset, t.language);
  const name = (label: number): string => labels[label] ?? String(label);
  const text = t('gallery.text', { truth: name(image.truth), predicted: name(image.predicted), confidence: t.number(Math.round(100 * image.confidence)) });
  return (
    <figure className="sample">
      <img src={url} alt={t('gallery.alt', { text, split: t(`split.${image.split}`), index: image.sourceIndex })} />
      <figcaption className="small">{text}</figcaption>
    </figure>
  );
}

/** A labelled grid of held-out images with their true and predicted classes. */
export function GalleryGrid({ label, images, dataset }: { label: string; images: readonly GalleryImage[]; dataset: DatasetId }) {
  const t = useT();
  return (
    <section aria-label={label}>
      <h4>{label}</h4>
      {images.length === 0 ? (
        <p className="muted">{t('gallery.none')}</p>
      ) : (
        <div className="samples gallery">
          {images.map((image) => <GalleryItem key={`${image.split}-${image.sourceIndex}`} image={image} dataset={dataset} />)}
        </div>
      )}
    </section>
  );
}
