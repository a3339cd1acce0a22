/**
 * The bench page's progress, as text: finished steps stay in the log, the step in
 * progress is one live line. Each logged line is also handed to the driving script
 * when it exposed `benchProgress`, so the terminal shows the same progress.
 */

declare global {
  interface Window {
    /** Set by `npm run bench` (Playwright's exposeFunction) to receive progress lines. */
    benchProgress?: (line: string) => Promise<void>;
  }
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`bench.html lacks #${id}`);
  return found;
}

/** Adds a line to the log and sends it to the driving script. */
export function logLine(line: string): void {
  element('log').textContent += `${line}\n`;
  element('live').textContent = '';
  void window.benchProgress?.(line);
}

/** Replaces the live line (what is running right now). */
export function liveLine(line: string): void {
  element('live').textContent = line;
}

/** Shows the finished results. */
export function showResults(text: string): void {
  element('results').textContent = text;
}
