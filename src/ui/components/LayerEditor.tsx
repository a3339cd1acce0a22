import { DATASETS } from '../../core/datasets/catalog';
import { inspectNetwork } from '../../core/model/shapes';
import { ACTIVATIONS, defaultLayer, LAYER_KINDS, type Activation, type LayerSpec, type NetworkSpec } from '../../core/model/spec';
import { useT } from '../i18n/use-t';
import { updateExperiment } from '../state/actions';
import { useAppStore } from '../state/store';

function setLayers(network: NetworkSpec, layers: readonly LayerSpec[]): void {
  updateExperiment({ architecture: { id: 'custom', network: { ...network, layers } } });
}

function NumberCell({ label, value, onChange, step = 1 }: { label: string; value: number; onChange: (value: number) => void; step?: number | 'any' }) {
  return <input type="number" aria-label={label} value={Number.isFinite(value) ? value : ''} step={step} onChange={(event) => onChange(Number(event.target.value))} className="narrow" />;
}

function ActivationCell({ label, value, onChange }: { label: string; value: Activation; onChange: (value: Activation) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Activation)}>
      {ACTIVATIONS.map((activation) => <option key={activation}>{activation}</option>)}
    </select>
  );
}

/** The settings of one layer, as inputs labelled with the layer's position. */
function LayerSettings({ layer, position, change }: { layer: LayerSpec; position: number; change: (layer: LayerSpec) => void }) {
  const t = useT();
  const name = (what: 'filters' | 'kernelSize' | 'padding' | 'activation' | 'poolSize' | 'units' | 'rate'): string => t(`layers.input.${what}`, { position });
  switch (layer.kind) {
    case 'conv2d':
      return (
        <>
          <NumberCell label={name('filters')} value={layer.filters} onChange={(filters) => change({ ...layer, filters })} /> {t('layers.text.filters')},{' '}
          <NumberCell label={name('kernelSize')} value={layer.kernelSize} onChange={(kernelSize) => change({ ...layer, kernelSize })} /> px,{' '}
          <select aria-label={name('padding')} value={layer.padding} onChange={(event) => change({ ...layer, padding: event.target.value as 'same' | 'valid' })}>
            <option>same</option><option>valid</option>
          </select>{' '}
          <ActivationCell label={name('activation')} value={layer.activation} onChange={(activation) => change({ ...layer, activation })} />
        </>
      );
    case 'maxPool2d':
    case 'avgPool2d':
      return <><NumberCell label={name('poolSize')} value={layer.poolSize} onChange={(poolSize) => change({ ...layer, poolSize })} /> px</>;
    case 'dense':
      return (
        <>
          <NumberCell label={name('units')} value={layer.units} onChange={(units) => change({ ...layer, units })} /> {t('layers.text.units')}{' '}
          <ActivationCell label={name('activation')} value={layer.activation} onChange={(activation) => change({ ...layer, activation })} />
        </>
      );
    case 'dropout':
      return <>{t('layers.text.rate')} <NumberCell label={name('rate')} value={layer.rate} step="any" onChange={(rate) => change({ ...layer, rate })} /></>;
    case 'activation':
      return <ActivationCell label={name('activation')} value={layer.activation} onChange={(activation) => change({ ...layer, activation })} />;
    case 'batchNorm':
    case 'flatten':
      return null;
  }
}

/** Edits a custom network layer by layer, with each layer's output shape and parameters; refuses an impossible one inline. */
export function LayerEditor({ network }: { network: NetworkSpec }) {
  const t = useT();
  const dataset = useAppStore((state) => state.experiment.dataset);
  const inspection = inspectNetwork(network, DATASETS[dataset].classNames.length);
  const layers = network.layers;
  const replace = (index: number, layer: LayerSpec): void => setLayers(network, layers.map((old, i) => (i === index ? layer : old)));
  const move = (index: number, by: number): void => {
    const next = [...layers];
    const [taken] = next.splice(index, 1);
    if (taken) next.splice(index + by, 0, taken);
    setLayers(network, next);
  };
  const total = inspection.layers.reduce((sum, layer) => sum + layer.params, 0);
  return (
    <section aria-label={t('layers.region')} className="panel">
      <h3>{t('layers.heading', { shape: network.inputShape.join('×') })}</h3>
      <table aria-label={t('layers.table')} className="counts layers">
        <thead>
          <tr>
            <th scope="col">#</th><th scope="col">{t('layers.col.layer')}</th><th scope="col">{t('layers.col.settings')}</th><th scope="col">{t('layers.col.output')}</th>
            <th scope="col">{t('layers.col.parameters')}</th><th scope="col"><span className="sr-only">{t('layers.col.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {layers.map((layer, index) => {
            const summary = inspection.layers[index];
            const broken = inspection.error?.layerIndex === index;
            return (
              <tr key={index} className={broken ? 'broken' : ''}>
                <th scope="row">{index + 1}</th>
                <td>
                  <select aria-label={t('layers.input.kind', { position: index + 1 })} value={layer.kind} onChange={(event) => replace(index, defaultLayer(event.target.value as LayerSpec['kind']))}>
                    {LAYER_KINDS.map((kind) => <option key={kind} value={kind}>{t(`layers.kind.${kind}`)}</option>)}
                  </select>
                </td>
                <td><LayerSettings layer={layer} position={index + 1} change={(next) => replace(index, next)} /></td>
                <td>{summary ? summary.outputShape.join('×') : '–'}</td>
                <td>{summary ? t.number(summary.params) : '–'}</td>
                <td className="row-actions">
                  <button type="button" aria-label={t('layers.moveUp', { position: index + 1 })} disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
                  <button type="button" aria-label={t('layers.moveDown', { position: index + 1 })} disabled={index === layers.length - 1} onClick={() => move(index, 1)}>↓</button>
                  <button type="button" aria-label={t('layers.remove', { position: index + 1 })} onClick={() => setLayers(network, layers.filter((_, i) => i !== index))}>✕</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {inspection.error ? (
        <p role="alert" className="alert">{inspection.error.message}</p>
      ) : (
        <p className="muted small">{t('layers.total', { count: t.number(total) })}</p>
      )}
      <button type="button" onClick={() => setLayers(network, [...layers.slice(0, -1), defaultLayer('dense'), ...layers.slice(-1)])}>{t('layers.add')}</button>
    </section>
  );
}
