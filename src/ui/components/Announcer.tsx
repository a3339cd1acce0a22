import type { Translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore, type RunState } from '../state/store';

function announcement(t: Translator, run: RunState | undefined): string {
  if (!run) return '';
  const last = run.epochs.at(-1);
  const percent = (value: number | undefined): string => (value === undefined ? '' : t.percent(value, 1));
  if (run.phase === 'diverged' || run.phase === 'failed') return t(`announce.${run.phase}`, { reason: run.reason ?? '' });
  if (run.phase === 'completed' && run.test) return t('announce.finished', { accuracy: percent(run.test.accuracy) });
  if (!last) return '';
  const held = run.heldOutHistory.at(-1);
  const heldOut = held ? t(held.source === 'validation' ? 'announce.validation' : 'announce.heldOut', { accuracy: percent(held.accuracy) }) : '';
  return t('announce.epoch', { epoch: last.epoch + 1, epochs: run.settings.epochs, loss: t.fixed(last.loss, 3), accuracy: percent(last.accuracy), heldOut });
}

/** A polite live region that reads out each epoch's result and how the run ended. */
export function Announcer() {
  const t = useT();
  const text = useAppStore((state) => announcement(t, state.run));
  return (
    <div aria-live="polite" role="status" aria-label={t('announce.region')} className="sr-only">
      {text}
    </div>
  );
}
