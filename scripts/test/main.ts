/**
 * `npm test`: type-check, lint, unit tests (Vitest) and end-to-end tests (Playwright
 * in Debian's Chromium), in that order, then one closing line "N passed, N failed"
 * counting every test run. Stops at the first failing stage.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumInstalled, chromiumPath } from '../../e2e/support/chromium';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${seconds} s)`);
  return ok;
}

function addVitest(): void {
  const report = JSON.parse(readFileSync('reports/unit.json', 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywright(): void {
  const report = JSON.parse(readFileSync('reports/e2e.json', 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
}

function finish(ok: boolean, failedStage?: string): never {
  const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
  if (failedStage) console.log(`\n${failedStage} failed; later stages did not run.`);
  console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

function main(): void {
  if (!chromiumInstalled()) {
    console.error(`Chromium was not found at ${chromiumPath()}. The end-to-end tests need it:\n  sudo apt-get install -y chromium   (Debian/Ubuntu)\nor point CHROMIUM_PATH at a Chromium or Chrome binary.`);
    finish(false, 'The Chromium check');
  }
  mkdirSync('reports', { recursive: true });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if (!run('Type-check', 'npm', ['run', '--silent', 'typecheck'])) finish(false, 'Type-check');
  if (!run('Lint', 'npm', ['run', '--silent', 'lint'])) finish(false, 'Lint');
  const unitOk = run('Unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']);
  addVitest();
  if (!unitOk) finish(false, 'Unit tests');
  const e2eOk = run('End-to-end tests', npx, ['playwright', 'test']);
  addPlaywright();
  finish(e2eOk);
}

main();
