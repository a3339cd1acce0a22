import { DATASETS } from '../../core/datasets/catalog';
import type { DatasetDescribedEvent, SampleImage } from '../../core/protocol';
import { useT } from '../i18n/use-t';
import { classLabels } from './class-labels';
import { useImageUrl } from './use-image-url';

function Sample({ sample, view }: { sample: SampleImage; view: DatasetDescribedEvent }) {
  const t = useT();
  const info = DATASETS[view.dataset];
  const name = info.classNames[sample.label];
  const url = useImageUrl(sample.pixels, info.imageShape);
  const caption = classLabels(view.dataset, t.language)[sample.label] ?? String(sample.label);
  const other = t.language === 'en' ? name?.pt : name?.en;
  const alt = t('samples.alt', { name: caption, split: t(`split.${sample.split}`), index: sample.sourceIndex });
  return (
    <figure className="sample">
      <img src={url} alt={alt} data-label={sample.label} data-index={sample.sourceIndex} data-split={sample.split} />
      <figcaption>
        <strong>{caption}</strong>
        <span className="muted small">{view.dataset === 'mnist' ? `${name?.en} · ${name?.pt}` : other}</span>
      </figcaption>
    </figure>
  );
}

/** The "Samples" region: seeded sample images, named in the page's language with the other language beneath. */
export function SampleGrid({ view }: { view: DatasetDescribedEvent }) {
  const t = useT();
  return (
    <section aria-label={t('samples.region')} className="samples">
      {view.samples.map((sample) => (
        <Sample key={`${sample.split}-${sample.sourceIndex}`} sample={sample} view={view} />
      ))}
    </section>
  );
}
