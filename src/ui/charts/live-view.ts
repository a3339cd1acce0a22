/**
 * Charts that update in place. tfjs-vis 1.5.1 rebuilds a whole vega view on every
 * render (40–65 ms on a 2-core laptop, over the 50 ms a frame may block), so live
 * charts use its renderer, vega-embed, directly: embedded once, then only their data
 * changes (a few ms).
 */
import type * as VegaEmbedModule from 'vega-embed';
import type { VisualizationSpec } from 'vega-embed';

type VegaEmbed = typeof VegaEmbedModule;
type View = Awaited<ReturnType<VegaEmbed['default']>>['view'];

let loading: Promise<VegaEmbed> | undefined;

function loadEmbed(): Promise<VegaEmbed> {
  loading ??= import('vega-embed');
  return loading;
}

/** A chart embedded in a container, whose named data set can be replaced. */
export interface LiveView {
  replace(rows: readonly object[]): Promise<void>;
  finalize(): void;
}

/** Embeds a vega-lite spec whose data is the named data set `dataName` (empty at first). */
export async function embedLiveView(container: HTMLElement, spec: VisualizationSpec, dataName: string): Promise<LiveView> {
  const embed = await loadEmbed();
  const result = await embed.default(container, spec, { actions: false, renderer: 'canvas' });
  const view: View = result.view;
  return {
    replace: async (rows) => {
      await view.change(dataName, embed.vega.changeset().remove(() => true).insert([...rows])).runAsync();
    },
    finalize: () => result.finalize(),
  };
}
