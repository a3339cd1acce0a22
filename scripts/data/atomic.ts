import { readdir, rename, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withTemporary } from './cleanup';

const BUILDING = '.building-';
const REPLACED = '.replaced-';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tidies what an interrupted earlier run (a dead process) left for `name`: its
 * half-built folder is removed; a folder it had moved aside is put back when
 * `name` itself is missing.
 */
async function tidyAfterDeadRuns(outDir: string, name: string): Promise<void> {
  for (const entry of await readdir(outDir)) {
    const prefix = [BUILDING, REPLACED].find((candidate) => entry.startsWith(`${candidate}${name}-`));
    const pid = Number(entry.slice(`${prefix}${name}-`.length));
    if (prefix === undefined || !Number.isInteger(pid) || isRunning(pid)) continue;
    if (prefix === REPLACED && !existsSync(join(outDir, name))) await rename(join(outDir, entry), join(outDir, name));
    else await rm(join(outDir, entry), { recursive: true, force: true });
  }
}

/** Puts `built` at `target`, moving an existing `target` aside first and deleting it after. */
async function swapIn(built: string, target: string, aside: string): Promise<void> {
  const hadTarget = await rename(target, aside).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return false;
    throw error;
  });
  try {
    await rename(built, target);
  } catch (error) {
    if (hadTarget) await rename(aside, target);
    throw error;
  }
  if (hadTarget) await rm(aside, { recursive: true, force: true });
}

/**
 * Builds `<outDir>/<name>` atomically: `build` fills a fresh temporary folder
 * beside it, which replaces `<outDir>/<name>` only once `build` has succeeded.
 * On failure the temporary folder is removed and any existing folder is untouched.
 */
export async function buildAtomically<T>(outDir: string, name: string, build: (dir: string) => Promise<T>): Promise<T> {
  await mkdir(outDir, { recursive: true });
  await tidyAfterDeadRuns(outDir, name);
  const temp = join(outDir, `${BUILDING}${name}-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp);
  return withTemporary(temp, async () => {
    const result = await build(temp);
    await swapIn(temp, join(outDir, name), join(outDir, `${REPLACED}${name}-${process.pid}`));
    return result;
  });
}

