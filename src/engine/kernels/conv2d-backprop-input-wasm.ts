/**
 * A faster conv2d input gradient (`Conv2DBackpropInput`) for the wasm backend.
 *
 * tfjs-backend-wasm 4.22 has this kernel (unlike the filter gradient, see
 * https://github.com/tensorflow/tfjs/issues/8474), but it is a plain scalar loop
 * in C++, not XNNPACK, and slow: profiling LeNet-5 training at batch 64 in Node
 * (single-threaded SIMD wasm), with `tf.profile` around one `trainOnBatch` after
 * warm-up steps and summing `kernelTimeMs` per kernel, put its one call per step
 * (dy [64,10,10,16], filter [5,5,6,16]) at ~22 ms of a ~55 ms step. Timed alone on
 * that shape it takes ~15 ms against ~4 ms for this composition, and 5–13× longer
 * on the 3×3 convolutions of a CIFAR-10 network.
 *
 * For NHWC dy [B,Ho,Wo,Co], filter W [kh,kw,Ci,Co], stride s and padding (top, left),
 *   dx[b,y,x,ci] = Σ_p,q,co dy[b,i,j,co] · W[p,q,ci,co]  where y = i·s + p − top, x = j·s + q − left,
 * which is a forward stride-1 convolution of dy, with s − 1 zeros inserted between its
 * rows and columns (none for stride 1), by W rotated 180° with Ci and Co swapped,
 * padded by kh − 1 − top above (kw − 1 − left on the left) and as needed below for
 * the output to be [B,H,W,Ci]. That runs on the wasm backend's own Conv2D (XNNPACK).
 * Padding that would be negative (explicit padding wider than the filter) becomes a
 * crop of the result. With stride 2 the inserted zeros cost 4× the multiplications,
 * yet this measured 3–4× faster than the built-in loop at batch 64, slower only
 * with 3 input channels (an RGB image, whose gradient training never asks for).
 * The steps call the wasm kernels directly, on backend TensorInfos, and free every
 * intermediate before returning. NCHW goes to the built-in kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DBackpropInputAttrs, Conv2DBackpropInputInputs, KernelBackend, KernelConfig, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs';
import { runWasmKernel, withShape } from './wasm-kernel-calls';

const BACKEND = 'wasm';

/** The kernel this one replaced, kept for the layouts it does not handle. */
let builtIn: KernelConfig | undefined;

interface KernelArgs {
  inputs: Conv2DBackpropInputInputs;
  backend: KernelBackend;
  attrs: Conv2DBackpropInputAttrs;
}

/** How one spatial axis is padded for the forward convolution, and where its result starts. */
interface AxisPlan {
  readonly before: number;
  readonly after: number;
  readonly crop: number;
}

/**
 * Padding of one axis of the zero-inserted dy (length outSize·stride, the last
 * stride − 1 entries zeros) so that the convolution's output starts at dx's first
 * row (after `crop` rows) and spans at least `inSize`.
 */
function planAxis(inSize: number, outSize: number, filterSize: number, stride: number, forwardPad: number): AxisPlan {
  const before = filterSize - 1 - forwardPad;
  const after = inSize + filterSize - 1 - outSize * stride - before;
  return { before: Math.max(before, 0), after: Math.max(after, 0), crop: Math.max(-before, 0) };
}

function conv2DBackpropInput(args: KernelArgs): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { dy, filter } = inputs;
  if (dy === undefined || filter === undefined) throw new Error('Conv2DBackpropInput (wasm) needs inputs dy and filter');
  if (attrs.dataFormat !== 'NHWC') {
    if (builtIn === undefined) throw new Error(`Conv2DBackpropInput (wasm) supports only NHWC, got ${attrs.dataFormat}`);
    return builtIn.kernelFunc(args as unknown as Parameters<tf.KernelFunc>[0]) as TensorInfo;
  }
  const info = tf.backend_util.computeConv2DInfo(
    attrs.inputShape, filter.shape as [number, number, number, number], attrs.strides, 1, attrs.pad, attrs.dimRoundingMode,
  );
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: ho, outWidth: wo, outChannels: co } = info;
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw } = info;
  const rows = planAxis(h, ho, kh, sh, info.padInfo.top);
  const cols = planAxis(w, wo, kw, sw, info.padInfo.left);

  const temporaries: TensorInfo[] = [];
  const step = (name: string, stepInputs: NamedTensorInfoMap, stepAttrs: object): TensorInfo => {
    const out = runWasmKernel('Conv2DBackpropInput', name, stepInputs, stepAttrs, backend);
    temporaries.push(out);
    return out;
  };
  try {
    const swapped = step(tf.Transpose, { x: withShape(filter, [kh * kw, ci, co]) }, { perm: [0, 2, 1] });
    const rotated = step(tf.Reverse, { x: swapped }, { dims: [0] });
    let spread = dy;
    if (sh > 1 || sw > 1) {
      // Zeros after every row and column: [B·Ho,1,Wo,1,Co] padded to [B·Ho,sh,Wo,sw,Co].
      spread = step(tf.PadV2, { x: withShape(dy, [b * ho, 1, wo, 1, co]) }, {
        paddings: [[0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]],
        constantValue: 0,
      });
    }
    const dx = runWasmKernel('Conv2DBackpropInput', tf.Conv2D, {
      x: withShape(spread, [b, ho * sh, wo * sw, co]),
      filter: withShape(rotated, [kh, kw, co, ci]),
    }, {
      strides: 1,
      pad: [[0, 0], [rows.before, rows.after], [cols.before, cols.after], [0, 0]],
      dilations: 1,
      dataFormat: 'NHWC',
    }, backend);
    if (dx.shape[1] === h && dx.shape[2] === w) return dx;
    temporaries.push(dx);
    return runWasmKernel('Conv2DBackpropInput', tf.Slice, { x: dx }, { begin: [0, rows.crop, cols.crop, 0], size: [b, h, w, ci] }, backend);
  } finally {
    for (const t of temporaries) backend.disposeData(t.dataId);
  }
}

/**
 * Replaces the wasm backend's `Conv2DBackpropInput` with the XNNPACK-based one
 * above, keeping the built-in kernel for NCHW. Call it after
 * `@tensorflow/tfjs-backend-wasm` is imported, before or after
 * `tf.setBackend('wasm')`; calling it again changes nothing.
 */
export function registerWasmConv2DBackpropInput(): void {
  const current = tf.getKernel(tf.Conv2DBackpropInput, BACKEND);
  if (current?.kernelFunc === (conv2DBackpropInput as unknown as tf.KernelFunc)) return;
  if (current !== undefined) {
    builtIn = current;
    tf.unregisterKernel(tf.Conv2DBackpropInput, BACKEND);
  }
  const config: KernelConfig = {
    kernelName: tf.Conv2DBackpropInput,
    backendName: BACKEND,
    kernelFunc: conv2DBackpropInput as unknown as tf.KernelFunc,
  };
  // The built-in kernel binds its wasm function in setupFunc, which runs only for registered kernels.
  if (current?.setupFunc !== undefined) config.setupFunc = current.setupFunc;
  if (current?.disposeFunc !== undefined) config.disposeFunc = current.disposeFunc;
  tf.registerKernel(config);
}
