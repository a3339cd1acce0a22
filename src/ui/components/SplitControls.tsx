import { SPLIT_PROTOCOLS } from '../../core/datasets/splits';
import type { SplitName } from '../../core/protocol';
import { otherSamples, setSampleSplit, updateExperiment } from '../state/actions';
import { useAppStore } from '../state/store';

/** The split protocol (shared with training), and which split the samples come from. */
export function SplitControls() {
  const dataset = useAppStore((state) => state.experiment.dataset);
  const protocolId = useAppStore((state) => state.experiment.protocolId);
  const sampleSplit = useAppStore((state) => state.sampleSplit);
  return (
    <div className="controls">
      <label className="field">
        <span>Split</span>
        <select value={protocolId} onChange={(event) => updateExperiment({ protocolId: event.target.value })}>
          {SPLIT_PROTOCOLS[dataset].map((protocol) => (
            <option key={protocol.id} value={protocol.id}>{protocol.label}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Show samples from</span>
        <select value={sampleSplit} onChange={(event) => setSampleSplit(event.target.value as SplitName)}>
          <option value="train">train</option>
          <option value="validation">validation</option>
          <option value="test">test</option>
        </select>
      </label>
      <button type="button" onClick={otherSamples}>Other samples</button>
    </div>
  );
}
