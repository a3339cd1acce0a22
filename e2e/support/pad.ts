import type { Page } from '@playwright/test';

/** A stroke as points in the pad's unit square (0,0 top left … 1,1 bottom right). */
export type Stroke = readonly (readonly [number, number])[];

/** Digits drawn as a person might draw them, one or more strokes each. */
export const DIGIT_STROKES: Readonly<Record<string, readonly Stroke[]>> = {
  '0': [[[0.5, 0.18], [0.32, 0.3], [0.28, 0.5], [0.32, 0.7], [0.5, 0.82], [0.68, 0.7], [0.72, 0.5], [0.68, 0.3], [0.5, 0.18]]],
  '1': [[[0.52, 0.15], [0.5, 0.85]]],
  '7': [[[0.28, 0.22], [0.72, 0.22], [0.45, 0.85]]],
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
