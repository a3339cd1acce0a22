import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/store';
import { runSeries } from '../state/run-series';
import { curveData, stepAxisLabel, type CurveMetric } from './curve-data';
import { loadVis, SERIES_COLOURS } from './load-vis';

/** How often a live chart redraws at most (ms): twice a second. */
const REDRAW_MS = 500;

/** Draws the live chart; returns its container and the names of the lines drawn (the canvas legend is not readable text). */
function useLiveChart(metric: CurveMetric): { container: React.RefObject<HTMLDivElement | null>; lines: string } {
  const container = useRef<HTMLDivElement>(null);
  const [lines, setLines] = useState('');
  useEffect(() => {
    let drawnVersion = -1;
    let drawing = false;
    let disposed = false;
    const draw = async (): Promise<void> => {
      const data = runSeries.get();
      if (drawing || !data || runSeries.version() === drawnVersion || !container.current) return;
      drawing = true;
      drawnVersion = runSeries.version();
      const vis = await loadVis();
      const grid = curveData(data, metric, runSeries.comparison());
      if (!disposed && container.current && grid.values.length > 0) {
        await vis.render.linechart(container.current, { values: grid.values, series: grid.series }, {
          xLabel: stepAxisLabel(grid), yLabel: metric, height: 260, zoomToFit: true, seriesColors: SERIES_COLOURS.slice(0, grid.series.length),
        });
        setLines(grid.series.join('; '));
      }
      drawing = false;
    };
    const timer = setInterval(() => void draw(), REDRAW_MS);
    void draw();
    return () => {
      disposed = true;
      clearInterval(timer);
    };
  }, [metric]);
  return { container, lines };
}

function CurveTable({ metric }: { metric: CurveMetric }) {
  const epochs = useAppStore((state) => state.run?.epochs ?? []);
  const heldOut = useAppStore((state) => state.run?.heldOutHistory ?? []);
  const value = (number: number | undefined): string => (number === undefined ? '–' : number.toFixed(4));
  return (
    <details>
      <summary>Show as a table</summary>
      <table aria-label={`${metric === 'loss' ? 'Loss' : 'Accuracy'} per epoch`} className="counts">
        <thead>
          <tr><th scope="col">epoch</th><th scope="col">train</th><th scope="col">held out</th></tr>
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

/** A live tfjs-vis learning curve (train per batch and per epoch, held out per epoch) with a table alternative. */
export function LearningCurve({ metric, title }: { metric: CurveMetric; title: string }) {
  const { container, lines } = useLiveChart(metric);
  return (
    <section aria-label={title} className="panel chart">
      <h3>{title}</h3>
      <div ref={container} className="chart-area" />
      {lines && <p className="small muted">Lines: {lines}.</p>}
      <CurveTable metric={metric} />
    </section>
  );
}
