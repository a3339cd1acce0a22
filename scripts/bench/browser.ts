import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumInstalled, chromiumPath } from '../../e2e/support/chromium';
import type { BenchPageApi, BrowserBenchPlan, BrowserBenchResult } from '../../src/bench/plan';
import { BenchSetupError } from './errors';

/** The whole browser part may not take longer than this. */
const BROWSER_LIMIT_MS = 30 * 60_000;
/** The project's flags, plus WebGPU (which also needs the secure context 127.0.0.1 gives). */
const BENCH_CHROMIUM_ARGS = [...chromiumArgs, '--enable-unsafe-webgpu'];

/** What the browser measured, and in which browser. */
export interface BrowserRun {
  readonly result: BrowserBenchResult;
  readonly browserVersion: string;
}

function deadline(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new BenchSetupError(`${what} took more than ${ms / 60_000} minutes`)), ms).unref());
}

/**
 * Opens the bench page of the served build in headless Chromium, runs the plan
 * there (progress lines go to `log`), saves a screenshot of the page to
 * `screenshotPath` and returns the measurements.
 */
export async function runBrowserBench(baseUrl: string, plan: BrowserBenchPlan, screenshotPath: string, log: (line: string) => void): Promise<BrowserRun> {
  if (!chromiumInstalled()) throw new BenchSetupError(`Chromium was not found at ${chromiumPath()}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BENCH_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => log(`  page error: ${error.message}`));
    await page.exposeFunction('benchProgress', (line: string) => log(`  ${line}`));
    await page.goto(`${baseUrl}/bench.html`);
    await page.waitForFunction(() => 'convnetBench' in window, undefined, { timeout: 30_000 });
    const running = page.evaluate((pagePlan) => (window as unknown as { convnetBench: BenchPageApi }).convnetBench.run(pagePlan), plan);
    const result = await Promise.race([running, deadline(BROWSER_LIMIT_MS, 'The browser bench')]);
    await page.screenshot({ path: screenshotPath, fullPage: true });
    return { result, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
