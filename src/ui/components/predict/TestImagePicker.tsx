import { useEffect, useState } from 'react';
import { DATASETS } from '../../../core/datasets/catalog';
import type { SampleImage } from '../../../core/protocol';
import { useT } from '../../i18n/use-t';
import { pickTestImage, requestTestImages } from '../../state/model-actions';
import { useAppStore } from '../../state/store';
import { classLabels } from '../class-labels';
import { useImageUrl } from '../use-image-url';
import { NetworkInput } from './NetworkInput';
import { ProbabilityBars } from './ProbabilityBars';

function TestImageButton({ sample, selected }: { sample: SampleImage; selected: boolean }) {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  const url = useImageUrl(sample.pixels, DATASETS[dataset].imageShape);
  const name = classLabels(dataset, t.language)[sample.label] ?? String(sample.label);
  return (
    <button type="button" className="pick" aria-pressed={selected} onClick={() => pickTestImage(sample)}>
      <img src={url} alt={t('pick.alt', { name, index: sample.sourceIndex })} />
    </button>
  );
}

/** A seeded page of test images; picking one classifies it and shows the network's insides for it. */
export function TestImagePicker() {
  const t = useT();
  const [page, setPage] = useState(0);
  const images = useAppStore((state) => state.models.testImages);
  const picked = useAppStore((state) => state.models.picked);
  const dataset = useAppStore((state) => state.experiment.dataset);
  const loaded = useAppStore((state) => state.load.status === 'loaded');
  const labels = classLabels(dataset, t.language);
  useEffect(() => {
    if (loaded) requestTestImages(page);
  }, [page, loaded, dataset]);
  const truth = picked ? labels[picked.sample.label] ?? String(picked.sample.label) : '';
  return (
    <section aria-label={t('pick.region')} className="panel">
      <h3>{t('pick.title')}</h3>
      <div className="pick-grid">
        {images.map((sample) => (
          <TestImageButton key={sample.sourceIndex} sample={sample} selected={picked?.sample.sourceIndex === sample.sourceIndex} />
        ))}
      </div>
      <button type="button" onClick={() => setPage(page + 1)}>{t('pick.more')}</button>
      {picked && (
        <div className="upload-result">
          <NetworkInput pixels={picked.sample.pixels} shape={DATASETS[dataset].imageShape} alt={t('pick.input', { name: truth, index: picked.sample.sourceIndex })} />
          <div>
            <p className="small">{t('pick.truth', { name: truth, index: picked.sample.sourceIndex })}</p>
            {picked.error && <p className="muted small">{picked.error}</p>}
            {picked.result && <ProbabilityBars probabilities={picked.result.probabilities} labels={labels} top={5} label={t('pick.top5')} />}
          </div>
        </div>
      )}
    </section>
  );
}
