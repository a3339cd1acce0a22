import type { Page } from '@playwright/test';

/** A stroke as points in the pad's unit square (0,0 top left … 1,1 bottom right). */
export type Stroke = readonly (readonly [number, number])[];

/** Digits drawn as a person might draw them, one or more strokes each. */
export const DIGIT_STROKES: Readonly<Record<string, readonly Stroke[]>> = {
  '0': [[[0.5, 0.18], [0.32, 0.3], [0.28, 0.5], [0.32, 0.7], [0.5, 0.82], [0.68, 0.7], [0.72, 0.5], [0.68, 0.3], [0.5, 0.18]]],
  '1': [[[0.52, 0.15], [0.5, 0.85]]],
  '2': [[[0.3, 0.3], [0.4, 0.2], [0.55, 0.18], [0.68, 0.27], [0.68, 0.42], [0.3, 0.8], [0.72, 0.8]]],
  '3': [[[0.3, 0.22], [0.55, 0.18], [0.68, 0.3], [0.55, 0.47], [0.42, 0.5], [0.58, 0.52], [0.7, 0.65], [0.58, 0.8], [0.3, 0.78]]],
  '4': [[[0.6, 0.82], [0.6, 0.18], [0.28, 0.6], [0.75, 0.6]]],
  '5': [[[0.7, 0.2], [0.35, 0.2], [0.32, 0.48], [0.55, 0.45], [0.7, 0.58], [0.68, 0.75], [0.5, 0.83], [0.3, 0.78]]],
  '6': [[[0.65, 0.18], [0.45, 0.3], [0.33, 0.55], [0.36, 0.75], [0.5, 0.83], [0.65, 0.75], [0.66, 0.6], [0.52, 0.52], [0.36, 0.6]]],
  '7': [[[0.28, 0.22], [0.72, 0.22], [0.45, 0.85]]],
  '8': [[[0.62, 0.25], [0.5, 0.18], [0.36, 0.26], [0.4, 0.42], [0.62, 0.58], [0.64, 0.75], [0.5, 0.83], [0.36, 0.75], [0.38, 0.58], [0.6, 0.42], [0.64, 0.28]]],
  '9': [[[0.65, 0.35], [0.5, 0.22], [0.36, 0.3], [0.38, 0.45], [0.52, 0.5], [0.65, 0.38], [0.64, 0.82]]],
};

/** Draws strokes on the "Drawing pad" canvas with real pointer moves (mouse down, moves, up). */
export async function drawStrokes(page: Page, strokes: readonly Stroke[]): Promise<void> {
  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The drawing pad is not on screen');
  const at = ([x, y]: readonly [number, number]): [number, number] => [box.x + x * box.width, box.y + y * box.height];
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    await page.mouse.move(...at(first));
    await page.mouse.down();
    for (const point of rest) await page.mouse.move(...at(point), { steps: 8 });
    await page.mouse.up();
  }
}
