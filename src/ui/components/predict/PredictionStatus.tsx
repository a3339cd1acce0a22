import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { rankClasses } from './ProbabilityBars';

/**
 * The one status "Prediction" for the latest input (drawing, upload or test image): the
 * predicted class first, so it reads at a glance (and tests can rely on it), then its
 * probability; or what kept the model from predicting.
 */
export function PredictionStatus({ labels }: { labels: readonly string[] }) {
  const t = useT();
  const latest = useAppStore((state) => state.models.latest);
  const best = latest?.result ? rankClasses(latest.result.probabilities, 1)[0] : undefined;
  const text = best
    ? t('predict.text', { label: labels[best.label] ?? String(best.label), probability: t.percent(best.probability, 1) })
    : latest?.error ?? t('predict.idle');
  return (
    <p role="status" aria-label={t('predict.status')} className={best ? 'prediction' : 'prediction muted'}>
      {text}
    </p>
  );
}
