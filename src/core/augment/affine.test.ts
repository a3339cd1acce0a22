import { describe, expect, it } from 'vitest';
import { affineFor, compose, IDENTITY_PARAMS, projectiveRow, type Affine, type AffineParams } from './affine';

const params = (overrides: Partial<AffineParams>): AffineParams => ({ ...IDENTITY_PARAMS, ...overrides });

function expectClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value, `entry ${i}`).toBeCloseTo(expected[i] ?? NaN, 12));
}

const apply = ([a, b, c, d, e, f]: Affine, x: number, y: number): [number, number] => [a * x + b * y + c, d * x + e * y + f];

describe('affineFor (output pixel → input point)', () => {
  it('gives the identity for identity parameters', () => {
    expectClose(projectiveRow(affineFor(IDENTITY_PARAMS, 28, 28)), [1, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('turns 90° about the centre (13.5, 13.5): input = (y, 27 − x)', () => {
    expectClose(affineFor(params({ rotationDegrees: 90 }), 28, 28), [0, 1, 0, -1, 0, 27]);
  });

  it('shifts by whole pixels: output samples input + shift', () => {
    expectClose(affineFor(params({ shiftX: 3, shiftY: -2 }), 28, 28), [1, 0, 3, 0, 1, -2]);
  });

  it('zooms each axis about its own centre', () => {
    expectClose(affineFor(params({ zoomX: 2, zoomY: 0.5 }), 10, 28), [2, 0, -13.5, 0, 0.5, 2.25]);
  });

  it('shears as Keras does: input x = cos·x, input y = y − sin·x, about the centre', () => {
    const cos = Math.cos(Math.PI / 6);
    expectClose(affineFor(params({ shearDegrees: 30 }), 28, 28), [cos, 0, 13.5 * (1 - cos), -0.5, 1, 6.75]);
  });

  it('flips left–right: input x = width − 1 − x', () => {
    expectClose(affineFor(params({ flip: true }), 28, 28), [-1, 0, 27, 0, 1, 0]);
  });

  it('applies the shift inside the rotation, in Keras order (rotation · shift)', () => {
    expectClose(affineFor(params({ rotationDegrees: 90, shiftX: 2 }), 28, 28), [0, 1, 0, -1, 0, 25]);
  });

  it('keeps the centre fixed under rotation, shear and zoom', () => {
    const affine = affineFor(params({ rotationDegrees: 17, shearDegrees: 9, zoomX: 1.1, zoomY: 0.9 }), 28, 32);
    expectClose(apply(affine, 15.5, 13.5), [15.5, 13.5]);
  });
});

describe('compose', () => {
  it('applies the right map first', () => {
    const left: Affine = [2, 1, 3, -1, 0.5, 4];
    const right: Affine = [0, -1, 1, 1, 3, -2];
    const [x, y] = apply(right, 1.5, -2);
    expectClose(apply(compose(left, right), 1.5, -2), apply(left, x, y));
  });
});
