import { fileURLToPath } from 'node:url';
import { RunControl } from '../../src/engine/training/run-control';
import { consoleLog } from '../data/log';
import { runTrainCommand } from './command';

/**
 * `npm run train`: see command.ts. Ctrl+C stops the run after the current batch
 * (the JSON is still written, status "stopped"); Ctrl+C again, a second or more
 * later, quits at once. Copies of one Ctrl+C arriving together (the terminal
 * signals every process of the group and npm forwards it too) count as one.
 */
const SECOND_CTRL_C_AFTER_MS = 1000;
const control = new RunControl();
const log = consoleLog();
let stoppingSince: number | undefined;
process.on('SIGINT', () => {
  if (stoppingSince === undefined) {
    stoppingSince = performance.now();
    log.info('Stopping after this batch… (Ctrl+C again to quit at once)');
    control.stop();
  } else if (performance.now() - stoppingSince >= SECOND_CTRL_C_AFTER_MS) {
    process.exit(130);
  }
});

const code = await runTrainCommand(process.argv.slice(2), {
  repoRoot: fileURLToPath(new URL('../..', import.meta.url)),
  cwd: process.cwd(),
  env: process.env,
  log,
  control,
});
process.exit(code);
