import { useEffect, useRef } from 'react';
import type { FeatureMaps, ValueGrid } from '../../../core/model-protocol';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { drawFeatureMaps, drawFilters, tileLayout } from './tile-canvas';

/** Tiles per row of a feature-map or filter grid. */
const COLUMNS = 8;

function GridCanvas({ grid, kind, label }: { grid: ValueGrid; kind: 'maps' | 'filters'; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [tileHeight = 0, tileWidth = 0] = grid.shape;
  const count = kind === 'maps' ? grid.shape[2] ?? 0 : grid.shape[3] ?? 0;
  const layout = tileLayout(count, tileWidth, tileHeight, COLUMNS);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    if (kind === 'maps') drawFeatureMaps(context, grid.shape, grid.values, COLUMNS);
    else drawFilters(context, grid.shape, grid.values, COLUMNS);
  }, [grid, kind]);
  const scale = Math.max(2, Math.min(8, Math.floor(320 / Math.max(1, layout.width))));
  return (
    <canvas
      ref={canvas} role="img" aria-label={label} width={layout.width} height={layout.height} className="tiles"
      style={{ width: layout.width * scale }}
    />
  );
}

function LayerMaps({ maps }: { maps: FeatureMaps }) {
  const t = useT();
  const [height = 0, width = 0, shown = 0] = maps.shape;
  const label = t('inside.maps', { layer: maps.layer, shown, total: maps.channelTotal, height, width });
  return (
    <figure className="layer-maps">
      <GridCanvas grid={maps} kind="maps" label={label} />
      <figcaption className="small">{label}</figcaption>
    </figure>
  );
}

/** "Inside the network": the first convolution's filters, and every convolution's feature maps for the latest input. */
export function NetworkInsides() {
  const t = useT();
  const inside = useAppStore((state) => state.models.inside);
  const internals = inside?.internals;
  return (
    <section aria-label={t('inside.region')} className="panel">
      <h3>{t('inside.title')}</h3>
      {!internals && <p className="muted">{t('inside.empty')}</p>}
      {internals?.filters && (
        <figure className="layer-maps">
          <GridCanvas
            grid={internals.filters} kind="filters"
            label={t('inside.filters', { layer: internals.filters.layer, shape: internals.filters.shape.join(' × ') })}
          />
          <figcaption className="small">{t('inside.filters', { layer: internals.filters.layer, shape: internals.filters.shape.join(' × ') })}</figcaption>
        </figure>
      )}
      {internals && internals.featureMaps.length === 0 && <p className="muted">{t('inside.noConv')}</p>}
      {internals?.featureMaps.map((maps) => <LayerMaps key={maps.layer} maps={maps} />)}
    </section>
  );
}
