import { useAppStore } from '../state/store';
import { translator, type Translator } from './messages';

/** The translator of the current language; components re-render when the language changes. */
export function useT(): Translator {
  return translator(useAppStore((state) => state.language));
}
