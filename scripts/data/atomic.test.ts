import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically } from './atomic';
import { makeTempDir } from './test-support';

let out: string;

beforeEach(async () => {
  out = await makeTempDir('atomic');
});

afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** The pid of a process that has exited (so it belongs to a dead earlier run). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

async function makeFolder(path: string, content: string): Promise<void> {
  await mkdir(path, { recursive: true });
  await writeFile(join(path, 'file.txt'), content);
}

describe('buildAtomically', () => {
  it('creates the folder only once the build succeeded', async () => {
    const result = await buildAtomically(out, 'mnist', async (dir) => {
      await writeFile(join(dir, 'file.txt'), 'new');
      expect(await readdir(out)).toEqual([`.building-mnist-${process.pid}`]);
      return 42;
    });
    expect(result).toBe(42);
    expect(await readdir(out)).toEqual(['mnist']);
    expect(await readFile(join(out, 'mnist', 'file.txt'), 'utf8')).toBe('new');
  });

  it('replaces an existing folder as a whole', async () => {
    await makeFolder(join(out, 'mnist'), 'old');
    await writeFile(join(out, 'mnist', 'stale.txt'), 'stale');
    await buildAtomically(out, 'mnist', (dir) => writeFile(join(dir, 'file.txt'), 'new'));
    expect(await readdir(join(out, 'mnist'))).toEqual(['file.txt']);
    expect(await readdir(out)).toEqual(['mnist']);
  });

  it('on failure removes its temporary folder and leaves the existing one untouched', async () => {
    await makeFolder(join(out, 'mnist'), 'old');
    const failing = buildAtomically(out, 'mnist', async (dir) => {
      await writeFile(join(dir, 'file.txt'), 'half');
      throw new Error('encoder crashed');
    });
    await expect(failing).rejects.toThrow('encoder crashed');
    expect(await readdir(out)).toEqual(['mnist']);
    expect(await readFile(join(out, 'mnist', 'file.txt'), 'utf8')).toBe('old');
  });

  it('on failure with no earlier folder leaves nothing behind', async () => {
    await expect(buildAtomically(out, 'mnist', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await readdir(out)).toEqual([]);
  });

  it("tidies a dead run's leftovers: removes its half-built folder, restores a folder it moved aside", async () => {
    const pid = deadPid();
    await makeFolder(join(out, `.building-mnist-${pid}`), 'half');
    await makeFolder(join(out, `.replaced-cifar10-${pid}`), 'old cifar');
    await makeFolder(join(out, `.building-mnist-${process.ppid}`), 'a live run: left alone');
    await buildAtomically(out, 'mnist', (dir) => writeFile(join(dir, 'file.txt'), 'new'));
    expect((await readdir(out)).sort()).toEqual([`.building-mnist-${process.ppid}`, `.replaced-cifar10-${pid}`, 'mnist']);
    await rm(join(out, `.building-mnist-${process.ppid}`), { recursive: true });
    await buildAtomically(out, 'cifar10', () => Promise.reject(new Error('failed'))).catch(() => undefined);
    expect(await readFile(join(out, 'cifar10', 'file.txt'), 'utf8')).toBe('old cifar');
    expect((await readdir(out)).sort()).toEqual(['cifar10', 'mnist']);
  });
});
