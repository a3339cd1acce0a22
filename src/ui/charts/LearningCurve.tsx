import { useEffect, useRef, useState } from 'react';
import { findProtocol } from '../../core/datasets/splits';
import type { HeldOutSource } from '../../core/protocol';
import type { Translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { runSeries } from '../state/run-series';
import { curveLabels, curveNames, curveRows, curveSpec, type CurveMetric } from './curve-data';
import { embedLiveView, type LiveView } from './live-view';

/** How often a live chart redraws at most (ms): twice a second. */
const REDRAW_MS = 500;

/**
 * Embeds the chart once per run (and per comparison and language), then every REDRAW_MS replaces
 * its points if the series changed. Returns the container and the names of the lines
 * (the canvas legend is not readable text).
 */
function useLiveChart(metric: CurveMetric, runId: string | undefined, heldOut: HeldOutSource, t: Translator): { container: React.RefObject<HTMLDivElement | null>; lines: string } {
  const container = useRef<HTMLDivElement>(null);
  const [lines, setLines] = useState('');
  useEffect(() => {
    const element = container.current;
    if (!runId || !element) return;
    const comparison = runSeries.comparison();
    const labels = curveLabels(t, comparison?.change);
    const names = curveNames(labels, heldOut);
    const titles = { epoch: t('chart.epoch'), metric: t(`chart.metric.${metric}`) };
    let view: LiveView | undefined;
    let drawnVersion = -1;
    let busy = false;
    let disposed = false;
    const draw = async (): Promise<void> => {
      const data = runSeries.get();
      if (busy || disposed || !data || data.runId !== runId || runSeries.version() === drawnVersion) return;
      busy = true;
      drawnVersion = runSeries.version();
      view ??= await embedLiveView(element, curveSpec(names, titles), 'points', t.language);
      const rows = curveRows(data, metric, labels, comparison?.data);
      if (!disposed) await view.replace(rows);
      setLines(names.filter((name) => rows.some((row) => row.series === name)).join('; '));
      busy = false;
    };
    const timer = setInterval(() => void draw(), REDRAW_MS);
    void draw();
    return () => {
      disposed = true;
      clearInterval(timer);
      view?.finalize();
    };
  }, [metric, runId, heldOut, t]);
  return { container, lines };
}

/** Where the run's held-out curve comes from: its validation split, else the test set (known at start). */
function useHeldOutSource(): HeldOutSource {
  return useAppStore((state) => {
    const settings = state.run?.settings;
    return settings && findProtocol(settings.dataset, settings.protocolId).spec.validationFraction === 0 ? 'test' : 'validation';
  });
}

function CurveTable({ metric }: { metric: CurveMetric }) {
  const epochs = useAppStore((state) => state.run?.epochs ?? []);
  const heldOut = useAppStore((state) => state.run?.heldOutHistory ?? []);
  const t = useT();
  const value = (number: number | undefined): string => (number === undefined ? '–' : t.fixed(number, 4));
  return (
    <details>
      <summary>{t('chart.showTable')}</summary>
      <table aria-label={t(`chart.table.${metric}`)} className="counts">
        <thead>
          <tr><th scope="col">{t('chart.epoch')}</th><th scope="col">{t('chart.train')}</th><th scope="col">{t('chart.heldOut')}</th></tr>
        </thead>
        <tbody>
          {epochs.map((epoch) => {
            const held = heldOut.find((entry) => entry.epoch === epoch.epoch);
            return (
              <tr key={epoch.epoch}>
                <th scope="row">{epoch.epoch + 1}</th>
                <td>{value(metric === 'loss' ? epoch.loss : epoch.accuracy)}</td>
                <td>{value(metric === 'loss' ? held?.loss : held?.accuracy)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

/** A live learning curve (train per batch and per epoch, held out per epoch, a kept run to compare) with a table alternative. */
export function LearningCurve({ metric, title }: { metric: CurveMetric; title: string }) {
  const runId = useAppStore((state) => state.run?.runId);
  const heldOut = useHeldOutSource();
  const t = useT();
  const { container, lines } = useLiveChart(metric, runId, heldOut, t);
  return (
    <section aria-label={title} className="panel chart">
      <h3>{title}</h3>
      <div ref={container} className="chart-area" />
      {lines && <p className="small muted">{t('chart.lines', { lines })}</p>}
      <CurveTable metric={metric} />
    </section>
  );
}
