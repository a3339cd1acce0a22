import { fileURLToPath } from 'node:url';
import { consoleLog } from '../data/log';
import { runEvalCommand } from './command';

/** `npm run eval`: see command.ts. */
const code = await runEvalCommand(process.argv.slice(2), {
  repoRoot: fileURLToPath(new URL('../..', import.meta.url)),
  cwd: process.cwd(),
  env: process.env,
  log: consoleLog(),
});
process.exit(code);
