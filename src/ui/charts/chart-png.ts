import type { VisualizationSpec } from 'vega-embed';

/**
 * Renders a vega-lite spec (with its data inline and a fixed size) to PNG bytes,
 * without putting it on the page: vega's headless view drawn on a canvas at 2× scale.
 */
export async function chartPng(spec: VisualizationSpec): Promise<Uint8Array> {
  const { vega, vegaLite } = await import('vega-embed');
  const compiled = '$schema' in spec && String(spec.$schema).includes('vega-lite') ? vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0]).spec : spec;
  const view = new vega.View(vega.parse(compiled as Parameters<typeof vega.parse>[0]), { renderer: 'none' });
  try {
    const canvas = await view.toCanvas(2);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be drawn as a PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    view.finalize();
  }
}
