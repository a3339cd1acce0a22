import { SPLIT_PROTOCOLS } from '../../core/datasets/splits';
import type { SplitName } from '../../core/protocol';
import { protocolLabel } from '../i18n/core-text';
import { useT } from '../i18n/use-t';
import { otherSamples, setSampleSplit, updateExperiment } from '../state/actions';
import { useAppStore } from '../state/store';

const SPLITS: readonly SplitName[] = ['train', 'validation', 'test'];

/** The split protocol (shared with training), and which split the samples come from. */
export function SplitControls() {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  const protocolId = useAppStore((state) => state.experiment.protocolId);
  const sampleSplit = useAppStore((state) => state.sampleSplit);
  return (
    <div className="controls">
      <label className="field">
        <span>{t('splitControls.split')}</span>
        <select value={protocolId} onChange={(event) => updateExperiment({ protocolId: event.target.value })}>
          {SPLIT_PROTOCOLS[dataset].map((protocol) => (
            <option key={protocol.id} value={protocol.id}>{protocolLabel(t.language, dataset, protocol)}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('splitControls.showFrom')}</span>
        <select value={sampleSplit} onChange={(event) => setSampleSplit(event.target.value as SplitName)}>
          {SPLITS.map((split) => <option key={split} value={split}>{t(`split.${split}`)}</option>)}
        </select>
      </label>
      <button type="button" onClick={otherSamples}>{t('splitControls.other')}</button>
    </div>
  );
}
