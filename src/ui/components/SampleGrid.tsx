import { DATASETS } from '../../core/datasets/catalog';
import type { DatasetDescribedEvent, SampleImage } from '../../core/protocol';
import { useImageUrl } from './use-image-url';

function Sample({ sample, view }: { sample: SampleImage; view: DatasetDescribedEvent }) {
  const info = DATASETS[view.dataset];
  const name = info.classNames[sample.label];
  const url = useImageUrl(sample.pixels, info.imageShape);
  const caption = view.dataset === 'mnist' ? String(sample.label) : (name?.en ?? String(sample.label));
  return (
    <figure className="sample">
      <img src={url} alt={`${caption} (${sample.split} #${sample.sourceIndex})`} data-label={sample.label} data-index={sample.sourceIndex} data-split={sample.split} />
      <figcaption>
        <strong>{caption}</strong>
        <span className="muted small">{view.dataset === 'mnist' ? `${name?.en} · ${name?.pt}` : name?.pt}</span>
      </figcaption>
    </figure>
  );
}

/** The "Samples" region: seeded sample images with their labels in English and Portuguese. */
export function SampleGrid({ view }: { view: DatasetDescribedEvent }) {
  return (
    <section aria-label="Samples" className="samples">
      {view.samples.map((sample) => (
        <Sample key={`${sample.split}-${sample.sourceIndex}`} sample={sample} view={view} />
      ))}
    </section>
  );
}
