import { useEffect, useMemo, useRef } from 'react';
import type { CurveMetric } from '../../core/runs/compare';
import type { RunRecord } from '../../core/runs/record';
import { useT } from '../i18n/use-t';
import { embedLiveView, type LiveView } from './live-view';
import { overlayRows, overlaySpec } from './overlay-spec';

/** Several runs' per-epoch curves of one metric in one chart: a colour per run, dashed for held-out data. */
export function OverlayChart({ runs, metric, title }: { runs: readonly RunRecord[]; metric: CurveMetric; title: string }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => overlayRows(runs, metric), [runs, metric]);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let view: LiveView | undefined;
    let disposed = false;
    const titles = { epoch: t('chart.epoch'), metric: t(`chart.metric.${metric}`), run: t('compare.run'), split: t('compare.series') };
    void embedLiveView(element, overlaySpec(titles, 'container'), 'points', t.language).then(async (embedded) => {
      view = embedded;
      if (disposed) embedded.finalize();
      else await embedded.replace(rows);
    });
    return () => {
      disposed = true;
      view?.finalize();
    };
  }, [rows, metric, t]);
  return (
    <section aria-label={title} className="panel chart">
      <h4>{title}</h4>
      <div ref={container} className="chart-area" />
    </section>
  );
}
