import { useAppStore, type RunState } from '../state/store';

function announcement(run: RunState | undefined): string {
  if (!run) return '';
  const last = run.epochs.at(-1);
  const percent = (value: number | undefined): string => (value === undefined ? '' : `${(100 * value).toFixed(1)} %`);
  if (run.phase === 'diverged' || run.phase === 'failed') return `Training ${run.phase}: ${run.reason ?? ''}`;
  if (run.phase === 'completed' && run.test) return `Training finished. Test accuracy ${percent(run.test.accuracy)}.`;
  if (!last) return '';
  const held = run.heldOutHistory.at(-1);
  const heldText = held ? `, ${held.source === 'validation' ? 'validation' : 'held-out'} accuracy ${percent(held.accuracy)}` : '';
  return `Epoch ${last.epoch + 1} of ${run.settings.epochs}: loss ${last.loss.toFixed(3)}, accuracy ${percent(last.accuracy)}${heldText}.`;
}

/** A polite live region that reads out each epoch's result and how the run ended. */
export function Announcer() {
  const text = useAppStore((state) => announcement(state.run));
  return (
    <div aria-live="polite" role="status" aria-label="Training announcements" className="sr-only">
      {text}
    </div>
  );
}
