import { fileURLToPath } from 'node:url';
import { removeTemporaries } from './cleanup';
import { runDataCommand } from './command';
import { consoleLog } from './log';

/** `npm run data`: see command.ts. Interrupting it removes its temporary files. */
const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeTemporaries();
    process.exit(exitCodes[signal]);
  });
}

process.exitCode = await runDataCommand(process.argv.slice(2), {
  repoRoot: fileURLToPath(new URL('../..', import.meta.url)),
  cwd: process.cwd(),
  env: process.env,
  log: consoleLog(),
});
