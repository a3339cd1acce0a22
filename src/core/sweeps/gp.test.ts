import { describe, expect, it } from 'vitest';
import { cholesky, expectedImprovement, fitGaussianProcess, normalCdf } from './gp';

describe('Gaussian process', () => {
  it('factors a positive definite matrix', () => {
    const lower = cholesky([[4, 2], [2, 3]]);
    expect(lower[0]?.[0]).toBeCloseTo(2, 12);
    expect(lower[1]?.[0]).toBeCloseTo(1, 12);
    expect(lower[1]?.[1]).toBeCloseTo(Math.SQRT2, 12);
  });

  it('passes near its data, uncertain far from it', () => {
    const process = fitGaussianProcess([[0.1], [0.5], [0.9]], [1, 3, 2]);
    expect(process.predict([0.5]).mean).toBeCloseTo(3, 1);
    expect(process.predict([0.5]).sd).toBeLessThan(0.1);
    expect(process.predict([0.3]).sd).toBeGreaterThan(process.predict([0.5]).sd);
  });

  it('copes with equal values', () => {
    const prediction = fitGaussianProcess([[0], [1]], [0.1, 0.1]).predict([0.5]);
    expect(prediction.mean).toBeCloseTo(0.1, 6);
    expect(Number.isFinite(prediction.sd)).toBe(true);
  });
});

describe('expected improvement', () => {
  it('matches the normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
  });

  it('grows with the mean and with the uncertainty', () => {
    expect(expectedImprovement(1, 0, 0.5)).toBe(0.5);
    expect(expectedImprovement(0.5, 0.2, 0.5)).toBeGreaterThan(expectedImprovement(0.5, 0.1, 0.5));
    expect(expectedImprovement(0.6, 0.1, 0.5)).toBeGreaterThan(expectedImprovement(0.4, 0.1, 0.5));
  });
});
