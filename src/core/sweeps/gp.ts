/**
 * A small Gaussian process for Bayesian optimisation: zero mean on standardised
 * values, an RBF (squared-exponential) kernel with one fixed length scale, and a
 * little observation noise. Fixed hyperparameters keep it short and predictable;
 * with the few dozen runs a browser sweep makes, fitting them would mostly fit noise.
 */

/** A fitted process: mean and standard deviation of the value at any point. */
export interface GaussianProcess {
  predict(point: readonly number[]): { readonly mean: number; readonly sd: number };
}

/** Kernel settings, in units of the [0, 1] cube. */
export interface GpOptions {
  /** RBF length scale over the root-mean-square coordinate distance. */
  readonly lengthScale: number;
  /** Observation noise variance, relative to the standardised values' variance of 1. */
  readonly noise: number;
}

/** Defaults: points a fifth of the cube apart are still strongly related. */
export const DEFAULT_GP_OPTIONS: GpOptions = { lengthScale: 0.2, noise: 1e-3 };

/**
 * RBF kernel exp(−r² / 2ℓ²), r the root-mean-square coordinate difference, so the
 * length scale means the same whatever the number of coordinates.
 */
export function rbf(a: readonly number[], b: readonly number[], lengthScale: number): number {
  const squared = a.reduce((sum, value, index) => sum + (value - (b[index] ?? 0)) ** 2, 0) / Math.max(1, a.length);
  return Math.exp(-squared / (2 * lengthScale * lengthScale));
}

/** Lower-triangular L with L·Lᵀ = matrix (Cholesky); matrix must be symmetric positive definite. */
export function cholesky(matrix: readonly (readonly number[])[]): number[][] {
  const size = matrix.length;
  const lower = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < size; i += 1) {
    const row = lower[i] ?? [];
    for (let j = 0; j <= i; j += 1) {
      const other = lower[j] ?? [];
      let sum = matrix[i]?.[j] ?? 0;
      for (let k = 0; k < j; k += 1) sum -= (row[k] ?? 0) * (other[k] ?? 0);
      row[j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (other[j] ?? 1);
    }
  }
  return lower;
}

/** Solves L·x = b for lower-triangular L. */
function forward(lower: readonly (readonly number[])[], b: readonly number[]): number[] {
  const x: number[] = [];
  lower.forEach((row, i) => {
    const sum = row.slice(0, i).reduce((total, value, k) => total + value * (x[k] ?? 0), 0);
    x.push(((b[i] ?? 0) - sum) / (row[i] ?? 1));
  });
  return x;
}

/** Solves Lᵀ·x = b for lower-triangular L. */
function backward(lower: readonly (readonly number[])[], b: readonly number[]): number[] {
  const size = lower.length;
  const x = new Array<number>(size).fill(0);
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = b[i] ?? 0;
    for (let k = i + 1; k < size; k += 1) sum -= (lower[k]?.[i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (lower[i]?.[i] ?? 1);
  }
  return x;
}

/** Mean and standard deviation (1 when all values are equal), to standardise values. */
function standardisation(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length);
  return { mean, sd: variance > 1e-24 ? Math.sqrt(variance) : 1 };
}

/** Fits the process to points and their values (predictions are in the values' own units). */
export function fitGaussianProcess(points: readonly (readonly number[])[], values: readonly number[], options: GpOptions = DEFAULT_GP_OPTIONS): GaussianProcess {
  const scale = standardisation(values);
  const targets = values.map((value) => (value - scale.mean) / scale.sd);
  const kernel = points.map((a, i) => points.map((b, j) => rbf(a, b, options.lengthScale) + (i === j ? options.noise : 0)));
  const lower = cholesky(kernel);
  const alpha = backward(lower, forward(lower, targets));
  return {
    predict(point) {
      const between = points.map((other) => rbf(point, other, options.lengthScale));
      const mean = between.reduce((sum, value, i) => sum + value * (alpha[i] ?? 0), 0);
      const v = forward(lower, between);
      const variance = Math.max(1e-12, 1 - v.reduce((sum, value) => sum + value * value, 0));
      return { mean: scale.mean + scale.sd * mean, sd: scale.sd * Math.sqrt(variance) };
    },
  };
}

/**
 * Standard normal CDF through erf, Abramowitz & Stegun 7.1.26 (absolute error
 * below 1.5e-7): https://personal.math.ubc.ca/~cbm/aands/page_299.htm
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * Expected improvement over `best` (higher is better) of a prediction with the
 * given mean and sd; `margin` (ξ) asks for improvements bigger than noise.
 */
export function expectedImprovement(mean: number, sd: number, best: number, margin = 0): number {
  const gain = mean - best - margin;
  if (sd <= 0) return Math.max(0, gain);
  const z = gain / sd;
  return gain * normalCdf(z) + sd * normalPdf(z);
}
