import { useMemo } from 'react';
import { DATASETS } from '../../../core/datasets/catalog';
import { plannedRuns, sweepProblems } from '../../../core/sweeps/config';
import type { SweepDraft } from '../../../core/sweeps/draft';
import type { Goal, SweepMetricName } from '../../../core/sweeps/history';
import { SWEEP_PRESETS } from '../../../core/sweeps/presets';
import { SEARCH_METHODS, type SearchMethod } from '../../../core/sweeps/propose';
import { networkName } from '../../i18n/core-text';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { chooseSweepSource, draftedConfig, exportWandbYaml, updateSweepDraft } from '../../state/sweep-actions';
import { useSweepBusy } from '../../state/sweep-busy';
import { beginSweep } from '../../state/sweep-runner';
import { NumberField } from '../NumberField';
import { SpaceEditor } from './SpaceEditor';
import { sourceLabel } from './sweep-text';

const METRICS: readonly SweepMetricName[] = ['val_accuracy', 'val_loss', 'accuracy', 'loss'];
const GOALS: readonly Goal[] = ['maximize', 'minimize'];

function SourcePicker() {
  const t = useT();
  const source = useAppStore((state) => state.sweeps.source);
  return (
    <label className="field">
      <span>{t('sweeps.source')}</span>
      <select value={source} onChange={(event) => chooseSweepSource(event.target.value)}>
        {SWEEP_PRESETS.map((preset) => <option key={preset.id} value={preset.id}>{sourceLabel(t, preset.id, preset.label)}</option>)}
        <option value="training-form">{t('sweeps.source.training-form')}</option>
      </select>
    </label>
  );
}

function BaseSummary({ draft }: { draft: SweepDraft }) {
  const t = useT();
  const { base } = draft;
  return (
    <p className="muted small">
      {t('sweeps.base', {
        network: networkName(t.language, base.network.name), dataset: DATASETS[base.dataset].label, epochs: base.epochs,
        batch: base.batchSize, rate: t.number(base.learningRate), optimizer: t(`form.optimizer.${base.optimizer.kind}`),
      })}
      {draft.note && <><br />{draft.note}</>}
    </p>
  );
}

function SearchSettings({ draft }: { draft: SweepDraft }) {
  const t = useT();
  return (
    <div className="controls">
      <label className="field">
        <span>{t('sweeps.method')}</span>
        <select value={draft.method} onChange={(event) => updateSweepDraft({ method: event.target.value as SearchMethod })}>
          {SEARCH_METHODS.map((method) => <option key={method} value={method}>{t(`sweeps.method.${method}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('sweeps.metric')}</span>
        <select value={draft.metric} onChange={(event) => updateSweepDraft({ metric: event.target.value as SweepMetricName })}>
          {METRICS.map((metric) => <option key={metric} value={metric}>{metric}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('sweeps.goal')}</span>
        <select value={draft.goal} onChange={(event) => updateSweepDraft({ goal: event.target.value as Goal })}>
          {GOALS.map((goal) => <option key={goal} value={goal}>{t(`sweeps.goal.${goal}`)}</option>)}
        </select>
      </label>
      <NumberField label={t('sweeps.runCap')} value={draft.runCap} min={1} onChange={(value) => updateSweepDraft({ runCap: value ?? NaN })} />
      <NumberField label={t('sweeps.seed')} value={draft.seed} min={0} onChange={(value) => updateSweepDraft({ seed: value ?? NaN })} />
    </div>
  );
}

function EarlyStopping({ draft }: { draft: SweepDraft }) {
  const t = useT();
  return (
    <div className="controls">
      <label className="check">
        <input type="checkbox" checked={draft.earlyStopping} onChange={(event) => updateSweepDraft({ earlyStopping: event.target.checked })} />
        {t('sweeps.earlyStopping')}
      </label>
      <NumberField label={t('sweeps.minEpochs')} value={draft.minEpochs} min={1} disabled={!draft.earlyStopping} onChange={(value) => updateSweepDraft({ minEpochs: value ?? NaN })} />
      <NumberField label={t('sweeps.eta')} value={draft.eta} min={2} step="any" disabled={!draft.earlyStopping} onChange={(value) => updateSweepDraft({ eta: value ?? NaN })} />
    </div>
  );
}

/** The "New sweep" form: base, search method, metric, space, early stopping; start or export. */
export function SweepForm() {
  const t = useT();
  const draft = useAppStore((state) => state.sweeps.draft);
  const source = useAppStore((state) => state.sweeps.source);
  const busy = useSweepBusy();
  const { config, problems } = useMemo(() => {
    const drafted = draftedConfig(draft, source);
    return { config: drafted.config, problems: [...drafted.problems, ...sweepProblems(drafted.config)] };
  }, [draft, source]);
  const ready = problems.length === 0;
  return (
    <section aria-label={t('sweeps.form')} className="panel">
      <div className="controls">
        <SourcePicker />
      </div>
      <BaseSummary draft={draft} />
      <SearchSettings draft={draft} />
      <SpaceEditor />
      <EarlyStopping draft={draft} />
      {ready ? <p>{t('sweeps.planned', { count: plannedRuns(config) })}</p> : (
        <div role="alert" className="alert">
          <strong>{t('sweeps.problems')}</strong>
          <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
      {busy && <p className="muted">{t('sweeps.busy')}</p>}
      <div className="buttons">
        <button type="button" className="primary" disabled={!ready || busy} onClick={() => beginSweep(config)}>{t('sweeps.start')}</button>
        <button type="button" disabled={!ready} onClick={() => exportWandbYaml(config)}>{t('sweeps.export')}</button>
      </div>
    </section>
  );
}
