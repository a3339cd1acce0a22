import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { DATASETS } from '../../../core/datasets/catalog';
import { useT } from '../../i18n/use-t';
import { predictDrawing } from '../../state/model-actions';
import { useAppStore } from '../../state/store';
import { classLabels } from '../class-labels';
import { NetworkInput } from './NetworkInput';
import { clearPad, drawSegment, padDigit, padPoint, PAD_SIDE } from './pad-canvas';
import { ProbabilityBars } from './ProbabilityBars';

/**
 * Sends the drawing for prediction, one request at a time: a change made while one is
 * out is sent when its answer comes (with the insides if any waiting send wanted them).
 */
function usePadPredictions(canvas: RefObject<HTMLCanvasElement | null>): (withInternals: boolean) => void {
  const inFlight = useRef(false);
  const waiting = useRef<boolean | undefined>(undefined);
  const answered = useAppStore((state) => state.models.padAnswered);
  const send = useCallback((withInternals: boolean): void => {
    if (inFlight.current) {
      waiting.current = (waiting.current ?? false) || withInternals;
      return;
    }
    const context = canvas.current?.getContext('2d', { willReadFrequently: true });
    const digit = context ? padDigit(context) : undefined;
    if (!digit) return;
    inFlight.current = true;
    predictDrawing(digit, withInternals);
  }, [canvas]);
  useEffect(() => {
    inFlight.current = false;
    const next = waiting.current;
    waiting.current = undefined;
    if (next !== undefined) send(next);
  }, [answered, send]);
  return send;
}

/**
 * The drawing pad: draw a digit with a mouse, finger or pen and it is classified as you
 * draw, prepared the way MNIST's digits were (pad-canvas.ts), with every class's probability.
 */
export function DrawingPad() {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | undefined>(undefined);
  const [drawn, setDrawn] = useState(false);
  const pad = useAppStore((state) => state.models.pad);
  const send = usePadPredictions(canvas);
  const labels = classLabels('mnist', t.language);

  useEffect(() => {
    const context = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (context) clearPad(context);
  }, []);

  const onDown = (event: PointerEvent<HTMLCanvasElement>): void => {
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    last.current = padPoint(target, event);
    const context = target.getContext('2d', { willReadFrequently: true });
    if (context) drawSegment(context, last.current, last.current);
    setDrawn(true);
  };
  const onMove = (event: PointerEvent<HTMLCanvasElement>): void => {
    if (!last.current) return;
    const target = event.currentTarget;
    const context = target.getContext('2d', { willReadFrequently: true });
    for (const point of event.nativeEvent.getCoalescedEvents?.() ?? [event.nativeEvent]) {
      const next = padPoint(target, point);
      if (context) drawSegment(context, last.current, next);
      last.current = next;
    }
    send(false);
  };
  const onUp = (): void => {
    if (!last.current) return;
    last.current = undefined;
    send(true);
  };
  const onClear = (): void => {
    const context = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (context) clearPad(context);
    setDrawn(false);
    useAppStore.setState((state) => ({ models: { ...state.models, pad: undefined, padError: undefined } }));
  };

  const shown = drawn ? pad : undefined;
  return (
    <section aria-label={t('pad.region')} className="panel pad">
      <h3>{t('pad.title')}</h3>
      <p className="muted small">{t('pad.hint')}</p>
      <div className="pad-row">
        <canvas
          ref={canvas} role="img" aria-label={t('pad.canvas')} width={PAD_SIDE} height={PAD_SIDE} className="pad-canvas"
          onPointerDown={onDown} onPointerMove={onMove} onPointerUp={onUp} onPointerCancel={onUp}
        />
        <div className="pad-side">
          {shown && <NetworkInput pixels={shown.input} shape={DATASETS.mnist.imageShape} alt={t('pad.input')} />}
          <button type="button" onClick={onClear}>{t('pad.clear')}</button>
        </div>
      </div>
      {shown && <ProbabilityBars probabilities={shown.probabilities} labels={labels} label={t('pad.probabilities')} />}
    </section>
  );
}
