/**
 * The conv2d filter gradient (`Conv2DBackpropFilter`) for the wasm backend, which
 * tfjs-backend-wasm 4.22 lacks: https://github.com/tensorflow/tfjs/issues/8474
 *
 * For NHWC input x [B,H,W,Ci], output gradient dy [B,Ho,Wo,Co] and stride s,
 *   dW[p,q,ci,co] = Σ_b,i,j xpad[b, i·s+p, j·s+q, ci] · dy[b,i,j,co],
 * which is itself a forward convolution: input x transposed to [Ci,H,W,B] and padded
 * as the forward pass was (by Conv2D's explicit padding, no copy), with dy transposed
 * to [Ho,Wo,B,Co] as its filter, dilated by s, stride 1. That gives [Ci,kh,kw,Co],
 * transposed back to [kh,kw,Ci,Co]. The heavy lifting is the wasm backend's own
 * Conv2D (XNNPACK: SIMD and threads). The steps call the wasm kernels directly, on
 * backend TensorInfos, and free every intermediate before returning.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DBackpropFilterAttrs, Conv2DBackpropFilterInputs, KernelBackend, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs';
import { runWasmKernel, withShape } from './wasm-kernel-calls';

const BACKEND = 'wasm';

function conv2DBackpropFilter(args: { inputs: Conv2DBackpropFilterInputs; backend: KernelBackend; attrs: Conv2DBackpropFilterAttrs }): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs;
  if (x === undefined || dy === undefined) throw new Error('Conv2DBackpropFilter (wasm) needs inputs x and dy');
  if (attrs.dataFormat !== 'NHWC') throw new Error(`Conv2DBackpropFilter (wasm) supports only NHWC, got ${attrs.dataFormat}`);
  const dilations = (attrs as { dilations?: number | number[] }).dilations ?? 1;
  if (!tf.backend_util.tupleValuesAreOne(dilations)) {
    throw new Error(`Conv2DBackpropFilter (wasm) supports only dilation 1, got ${String(dilations)}`);
  }
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], attrs.filterShape, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode,
  );
  const { top, left } = info.padInfo;
  // Pad enough that the last window fits, even where a 'ceil' rounding let it hang over.
  const bottom = Math.max(info.padInfo.bottom, (info.outHeight - 1) * info.strideHeight + info.filterHeight - info.inHeight - top);
  const right = Math.max(info.padInfo.right, (info.outWidth - 1) * info.strideWidth + info.filterWidth - info.inWidth - left);

  const temporaries: TensorInfo[] = [];
  const step = (name: string, stepInputs: NamedTensorInfoMap, stepAttrs: object): TensorInfo => {
    const out = runWasmKernel('Conv2DBackpropFilter', name, stepInputs, stepAttrs, backend);
    temporaries.push(out);
    return out;
  };
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: ho, outWidth: wo, outChannels: co } = info;
  try {
    // Transposing with the spatial axes merged runs several times faster on wasm.
    const xT = step(tf.Transpose, { x: withShape(x, [b, h * w, ci]) }, { perm: [2, 1, 0] });
    const dyT = step(tf.Transpose, { x: withShape(dy, [b, ho * wo, co]) }, { perm: [1, 0, 2] });
    let grad = step(tf.Conv2D, { x: withShape(xT, [ci, h, w, b]), filter: withShape(dyT, [ho, wo, b, co]) }, {
      strides: 1,
      pad: [[0, 0], [top, bottom], [left, right], [0, 0]],
      dilations: [info.strideHeight, info.strideWidth],
      dataFormat: 'NHWC',
    });
    // Rows or columns that no forward window reached (e.g. 'valid' with a stride that leaves a remainder) add taps.
    if (grad.shape[1] !== info.filterHeight || grad.shape[2] !== info.filterWidth) {
      grad = step(tf.Slice, { x: grad }, { begin: [0, 0, 0, 0], size: [ci, info.filterHeight, info.filterWidth, co] });
    }
    return runWasmKernel('Conv2DBackpropFilter', tf.Transpose, { x: grad }, { perm: [1, 2, 0, 3] }, backend);
  } finally {
    for (const t of temporaries) backend.disposeData(t.dataId);
  }
}

/**
 * Registers `Conv2DBackpropFilter` for the wasm backend, so conv2d layers can train on
 * it. Safe to call more than once, before or after `tf.setBackend('wasm')`; does
 * nothing when the kernel already exists (for instance once TF.js ships its own).
 */
export function registerWasmConv2DBackpropFilter(): void {
  if (tf.getKernel(tf.Conv2DBackpropFilter, BACKEND) !== undefined) return;
  tf.registerKernel({
    kernelName: tf.Conv2DBackpropFilter,
    backendName: BACKEND,
    kernelFunc: conv2DBackpropFilter as unknown as tf.KernelFunc,
  });
}
