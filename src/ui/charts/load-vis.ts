import type * as TfVis from '@tensorflow/tfjs-vis';

/** tfjs-vis (with vega, ~330 kB gzip) is loaded only when a chart first draws. */
type Vis = typeof TfVis;

let loading: Promise<Vis> | undefined;

export function loadVis(): Promise<Vis> {
  loading ??= import('@tensorflow/tfjs-vis');
  return loading;
}

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies:
 * blue, orange, bluish green, vermillion, reddish purple.
 */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7'];

/** A sequential blue ramp for the confusion matrix (light = few, dark = many). */
export const MATRIX_COLOURS: [string, string] = ['#f7fbff', '#08306b'];
