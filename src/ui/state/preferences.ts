import { isLanguage, languageFromTag, type Language } from '../i18n/languages';

/**
 * Display preferences that belong to this browser, not to an experiment (so not in
 * the URL): kept in localStorage, which is enough for a flag and a language.
 */
const PRESENTATION_KEY = 'convnet-playground:presentation';
const LANGUAGE_KEY = 'convnet-playground:language';

/** True when presentation mode (large type for projectors) was left on. */
export function savedPresentationMode(): boolean {
  try {
    return localStorage.getItem(PRESENTATION_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turns presentation mode on or off, and remembers it. */
export function setPresentationMode(on: boolean): void {
  document.documentElement.classList.toggle('presentation', on);
  try {
    localStorage.setItem(PRESENTATION_KEY, on ? '1' : '0');
  } catch {
    // Private browsing can refuse storage; the mode still applies to this page.
  }
}

/** The language chosen earlier in this browser, else the browser's own (Portuguese → pt-BR, else English). */
export function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // No storage: fall through to the browser's language.
  }
  return languageFromTag(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** Marks the page as written in the language (`<html lang>`), for screen readers and hyphenation. */
export function showLanguage(language: Language): void {
  document.documentElement.lang = language;
}

/** Shows the page in the language and remembers the choice. */
export function saveLanguage(language: Language): void {
  showLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the language still applies to this page.
  }
}
