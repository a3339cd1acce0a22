/**
 * Display preferences that belong to this browser, not to an experiment (so not in
 * the URL): kept in localStorage, which is enough for two small flags.
 */
const PRESENTATION_KEY = 'convnet-playground:presentation';

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
