/**
 * Charts that update in place. tfjs-vis 1.5.1 rebuilds a whole vega view on every
 * render (40–65 ms on a 2-core laptop, over the 50 ms a frame may block), so live
 * charts use its renderer, vega-embed, directly: embedded once, then only their data
 * changes (a few ms).
 */
import type * as VegaEmbedModule from 'vega-embed';
import type { VisualizationSpec } from 'vega-embed';
import type { Language } from '../i18n/languages';

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

/**
 * d3-format number locales, so axis labels use the page language's decimal mark. Given
 * to each view through its spec's config (vega-embed's global `formatLocale` reaches
 * another copy of vega-format than the one vega's dataflow formats with).
 */
const NUMBER_LOCALES: Readonly<Record<Language, { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }>> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  'pt-BR': { decimal: ',', thousands: '.', grouping: [3], currency: ['R$', ''] },
};

/** Embeds a vega-lite spec whose data is the named data set `dataName` (empty at first); numbers in `language`. */
export async function embedLiveView(container: HTMLElement, spec: VisualizationSpec, dataName: string, language: Language): Promise<LiveView> {
  const embed = await loadEmbed();
  const number = NUMBER_LOCALES[language];
  // defaultStyle: false keeps vega-embed's stylesheet out: it makes the container
  // inline-block, which collapses to the canvas's width, so width: 'container' read 0.
  const result = await embed.default(container, spec, {
    actions: false, renderer: 'canvas', defaultStyle: false,
    patch: (vega) => ({ ...vega, config: { ...vega.config, locale: { number } } }),
  });
  const view: View = result.view;
  return {
    replace: async (rows) => {
      await view.change(dataName, embed.vega.changeset().remove(() => true).insert([...rows])).runAsync();
    },
    finalize: () => result.finalize(),
  };
}
