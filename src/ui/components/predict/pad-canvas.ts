import { mnistFromDrawing } from '../../../core/preprocess/digit';

/** The pad's drawing surface, px (10 × MNIST's 28, so strokes have MNIST's proportions). */
export const PAD_SIDE = 280;
/** Stroke width, px: about MNIST's pen width once the digit is scaled into its 20×20 box. */
export const BRUSH_WIDTH = 20;

/** Paints the pad black (MNIST's background). */
export function clearPad(context: CanvasRenderingContext2D): void {
  context.fillStyle = 'black';
  context.fillRect(0, 0, PAD_SIDE, PAD_SIDE);
}

/** Draws one stroke segment in white with round ends. */
export function drawSegment(context: CanvasRenderingContext2D, from: { x: number; y: number }, to: { x: number; y: number }): void {
  context.strokeStyle = 'white';
  context.lineWidth = BRUSH_WIDTH;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.beginPath();
  context.moveTo(from.x, from.y);
  context.lineTo(to.x, to.y);
  context.stroke();
}

/** A pointer event's position in the canvas's own pixels (the canvas may be drawn at another size). */
export function padPoint(canvas: HTMLCanvasElement, event: { clientX: number; clientY: number }): { x: number; y: number } {
  const rect = canvas.getBoundingClientRect();
  return { x: ((event.clientX - rect.left) * canvas.width) / rect.width, y: ((event.clientY - rect.top) * canvas.height) / rect.height };
}

/** The drawing as the network's 28×28 input, prepared like MNIST's digits; undefined when blank. */
export function padDigit(context: CanvasRenderingContext2D): Uint8Array | undefined {
  const rgba = context.getImageData(0, 0, PAD_SIDE, PAD_SIDE).data;
  const gray = new Uint8Array(PAD_SIDE * PAD_SIDE);
  for (let p = 0; p < gray.length; p += 1) gray[p] = rgba[4 * p] ?? 0;
  const digit = mnistFromDrawing({ width: PAD_SIDE, height: PAD_SIDE, pixels: gray });
  return digit.some((value) => value > 0) ? digit : undefined;
}
