/** Gap between tiles, px (before enlarging). */
const GAP = 1;

/** Tiles laid out in rows of at most `columns`: the canvas size each tile grid needs. */
export function tileLayout(count: number, tileWidth: number, tileHeight: number, columns: number): { columns: number; width: number; height: number } {
  const used = Math.max(1, Math.min(columns, count));
  const rows = Math.ceil(count / used);
  return { columns: used, width: used * (tileWidth + GAP) - GAP, height: rows * (tileHeight + GAP) - GAP };
}

/** Min and max of the values of one channel (stride `channels`, offset `channel`). */
function channelRange(values: Float32Array, channels: number, channel: number): [number, number] {
  let [low, high] = [Infinity, -Infinity];
  for (let i = channel; i < values.length; i += channels) {
    const value = values[i] ?? 0;
    [low, high] = [Math.min(low, value), Math.max(high, value)];
  }
  return [low, high];
}

/**
 * Draws HWC feature maps as grey tiles, one per channel, each scaled to its own
 * min…max (so a weak map is still visible; black = its lowest value).
 */
export function drawFeatureMaps(context: CanvasRenderingContext2D, shape: readonly number[], values: Float32Array, columns: number): void {
  const [height = 0, width = 0, channels = 1] = shape;
  const layout = tileLayout(channels, width, height, columns);
  const image = context.createImageData(layout.width, layout.height);
  for (let channel = 0; channel < channels; channel += 1) {
    const [low, high] = channelRange(values, channels, channel);
    const span = high - low || 1;
    const [left, top] = [(channel % layout.columns) * (width + GAP), Math.floor(channel / layout.columns) * (height + GAP)];
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const grey = Math.round((255 * ((values[(y * width + x) * channels + channel] ?? 0) - low)) / span);
        const at = 4 * ((top + y) * layout.width + left + x);
        image.data.set([grey, grey, grey, 255], at);
      }
    }
  }
  context.putImageData(image, 0, 0);
}

/**
 * Draws a convolution kernel [kh, kw, in, out] as one tile per output channel: RGB for
 * three input channels, grey for one (other counts: their mean), all tiles on one
 * shared scale so strong and weak filters can be compared.
 */
export function drawFilters(context: CanvasRenderingContext2D, shape: readonly number[], values: Float32Array, columns: number): void {
  const [kh = 0, kw = 0, inputs = 1, outputs = 0] = shape;
  const layout = tileLayout(outputs, kw, kh, columns);
  const image = context.createImageData(layout.width, layout.height);
  let limit = 0;
  for (const value of values) limit = Math.max(limit, Math.abs(value));
  const level = (value: number): number => Math.round(127.5 + (127.5 * value) / (limit || 1));
  const at = (y: number, x: number, c: number, o: number): number => values[((y * kw + x) * inputs + c) * outputs + o] ?? 0;
  for (let o = 0; o < outputs; o += 1) {
    const [left, top] = [(o % layout.columns) * (kw + GAP), Math.floor(o / layout.columns) * (kh + GAP)];
    for (let y = 0; y < kh; y += 1) {
      for (let x = 0; x < kw; x += 1) {
        const mean = Array.from({ length: inputs }, (_, c) => at(y, x, c, o)).reduce((sum, value) => sum + value, 0) / inputs;
        const rgb = inputs === 3 ? [0, 1, 2].map((c) => level(at(y, x, c, o))) : [level(mean), level(mean), level(mean)];
        image.data.set([...rgb, 255], 4 * ((top + y) * layout.width + left + x));
      }
    }
  }
  context.putImageData(image, 0, 0);
}
