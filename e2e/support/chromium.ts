import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright cannot download its own browsers here); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** True when the browser the tests need is installed. */
export function chromiumInstalled(): boolean {
  return existsSync(chromiumPath());
}

/**
 * Flags for a quiet headless Chromium on a closed network: without the
 * background-networking ones it floods the network with refused connections.
 */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
