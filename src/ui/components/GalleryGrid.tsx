import { DATASETS, type DatasetId } from '../../core/datasets/catalog';
import type { GalleryImage } from '../../core/protocol';
import { useImageUrl } from './use-image-url';

function GalleryItem({ image, dataset }: { image: GalleryImage; dataset: DatasetId }) {
  const info = DATASETS[dataset];
  const url = useImageUrl(image.pixels, info.imageShape);
  const name = (label: number): string => (dataset === 'mnist' ? String(label) : (info.classNames[label]?.en ?? String(label)));
  const text = `true ${name(image.truth)}, predicted ${name(image.predicted)} (${Math.round(100 * image.confidence)} %)`;
  return (
    <figure className="sample">
      <img src={url} alt={`${text}, ${image.split} #${image.sourceIndex}`} />
      <figcaption className="small">{text}</figcaption>
    </figure>
  );
}

/** A labelled grid of held-out images with their true and predicted classes. */
export function GalleryGrid({ label, images, dataset }: { label: string; images: readonly GalleryImage[]; dataset: DatasetId }) {
  return (
    <section aria-label={label}>
      <h4>{label}</h4>
      {images.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <div className="samples gallery">
          {images.map((image) => <GalleryItem key={`${image.split}-${image.sourceIndex}`} image={image} dataset={dataset} />)}
        </div>
      )}
    </section>
  );
}
