import { parallelLayout, viridis, type ParallelLayout } from '../../../core/sweeps/parallel';
import { endedRuns, type SweepRecord } from '../../../core/sweeps/record';
import { sweptParameters } from '../../../core/sweeps/draft';
import type { Translator } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { metricText, PARAMETER_KEYS } from './sweep-text';

const BOX = { width: 720, height: 300, padX: 70, padY: 30 };

function axisName(t: Translator, key: ParallelLayout['axes'][number]['key'], metric: string): string {
  return key === 'metric' ? metric : t(PARAMETER_KEYS[key]);
}

function Axes({ layout }: { layout: ParallelLayout }) {
  const t = useT();
  return layout.axes.map((axis) => (
    <g key={axis.key}>
      <line x1={axis.x} x2={axis.x} y1={BOX.padY} y2={BOX.height - BOX.padY} className="pc-axis" />
      <text x={axis.x} y={BOX.padY - 12} textAnchor="middle" className="pc-label">{axisName(t, axis.key, layout.metric)}</text>
      {axis.ticks.map((tick) => {
        const right = axis.key === 'metric';
        return <text key={tick.text} x={axis.x + (right ? 6 : -6)} y={tick.y + 4} textAnchor={right ? 'start' : 'end'} className="pc-tick">{tick.text}</text>;
      })}
    </g>
  ));
}

function Legend({ layout }: { layout: ParallelLayout }) {
  const t = useT();
  const range = layout.metricRange;
  return (
    <div className="pc-legend small" aria-hidden="true">
      {range && (
        <span>
          {layout.metric} {t.fixed(range[0], 4)}
          <span className="pc-scale" style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(viridis).join(', ')})` }} />
          {t.fixed(range[1], 4)}
        </span>
      )}
      <span><svg width="28" height="8"><line x1="0" x2="28" y1="4" y2="4" className="pc-broken-sample" /></svg> {t('sweeps.legend.broken')}</span>
    </div>
  );
}

/** The sweep's ended runs as a parallel-coordinates chart coloured by the metric (the runs table is its text alternative). */
export function ParallelCoordinates({ record }: { record: SweepRecord }) {
  const t = useT();
  const { config } = record;
  const runs = endedRuns(record).map((run) => ({ assignment: run.assignment, value: run.value, broken: run.status === 'diverged' || run.status === 'failed' }));
  const layout = parallelLayout(config.space, config.metric.name, runs, BOX);
  const range = layout.metricRange;
  const summary = t('sweeps.parallel.summary', {
    runs: runs.length, parameters: sweptParameters(config).map((name) => t(PARAMETER_KEYS[name])).join(', '), metric: config.metric.name,
    low: range ? metricText(t, range[0]) : '–', high: range ? metricText(t, range[1]) : '–', broken: runs.filter((run) => run.broken).length,
  });
  return (
    <section aria-label={t('sweeps.parallel')} className="panel">
      <h3>{t('sweeps.parallel')}</h3>
      {runs.length === 0 ? <p className="muted">{t('sweeps.parallel.empty')}</p> : (
        <>
          <svg role="img" aria-label={summary} viewBox={`0 0 ${BOX.width} ${BOX.height}`} className="pc-chart">
            {layout.lines.map((line) => (
              <polyline key={line.index} points={line.points.map((point) => point.join(',')).join(' ')} stroke={line.colour} strokeDasharray={line.dashed ? '6 4' : undefined} className="pc-line" />
            ))}
            <Axes layout={layout} />
          </svg>
          <Legend layout={layout} />
          <p className="muted small">{summary}</p>
        </>
      )}
    </section>
  );
}
