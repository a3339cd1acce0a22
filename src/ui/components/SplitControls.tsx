import { SPLIT_PROTOCOLS } from '../../core/datasets/splits';
import type { SplitName } from '../../core/protocol';
import { setProtocol, setSampleSplit, setSeed } from '../state/actions';
import { useAppStore } from '../state/store';

/** Split protocol, seed, and which split the samples come from. */
export function SplitControls() {
  const dataset = useAppStore((state) => state.dataset);
  const protocolId = useAppStore((state) => state.protocolId);
  const seed = useAppStore((state) => state.seed);
  const sampleSplit = useAppStore((state) => state.sampleSplit);
  return (
    <div className="controls">
      <label className="field">
        <span>Split</span>
        <select value={protocolId} onChange={(event) => setProtocol(event.target.value)}>
          {SPLIT_PROTOCOLS[dataset].map((protocol) => (
            <option key={protocol.id} value={protocol.id}>{protocol.label}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Seed</span>
        <input type="number" min={0} step={1} value={seed} onChange={(event) => setSeed(Number(event.target.value))} />
      </label>
      <label className="field">
        <span>Show samples from</span>
        <select value={sampleSplit} onChange={(event) => setSampleSplit(event.target.value as SplitName)}>
          <option value="train">train</option>
          <option value="validation">validation</option>
          <option value="test">test</option>
        </select>
      </label>
      <button type="button" onClick={() => setSeed(seed + 1)}>Other samples</button>
    </div>
  );
}
