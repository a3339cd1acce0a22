import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/core/datasets/catalog';
import { manifestProblem } from '../../src/core/datasets/manifest';
import { extractCifarArchive } from './cifar-archive';
import { runDataCommand } from './command';
import { download } from './download';
import { ensureDownloaded } from './fetch-official';
import { makeTempDir, memoryLog, realDatasetsDir } from './test-support';

/** What the loopback server answers per path: bytes, or an HTTP status. */
const routes = new Map<string, Buffer | number>();
const requests: string[] = [];
let server: Server;
let base: string;
let work: string;

const CIFAR_MEMBERS = [...DATASETS.cifar10.sources.map(({ name }) => name), 'batches.meta.txt'];

beforeAll(async () => {
  work = await makeTempDir('download');
  for (const { name } of DATASETS.mnist.sources) {
    routes.set(`/mnist/${name}.gz`, await readFile(join(realDatasetsDir(), 'mnist', `${name}.gz`)));
  }
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const route = routes.get(request.url ?? '') ?? 404;
    if (typeof route === 'number') response.writeHead(route).end();
    else response.writeHead(200, { 'content-length': route.byteLength }).end(route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

/** A fresh repository root with no ../shared/datasets beside it, so the command downloads. */
async function freshRoot(name: string): Promise<string> {
  const root = join(work, name, 'repo');
  await mkdir(root, { recursive: true });
  return root;
}

async function runFrom(root: string, args: string[]) {
  const log = memoryLog();
  const code = await runDataCommand(args, { repoRoot: root, cwd: root, env: { DATASETS_DOWNLOAD_URL: base }, log });
  return { code, log, cache: join(root, '.data-cache', 'downloads') };
}

/** A small .tar.gz laid out like the official CIFAR-10 archive, plus its size and MD5. */
async function syntheticArchive(name: string, members: readonly string[]): Promise<{ file: string; bytes: number; md5: string }> {
  const source = join(work, `${name}-src`);
  await mkdir(join(source, 'cifar-10-batches-bin'), { recursive: true });
  for (const member of [...members, 'readme.html']) await writeFile(join(source, 'cifar-10-batches-bin', member), `content of ${member}`);
  const file = join(work, `${name}.tar.gz`);
  await create({ gzip: true, file, cwd: source }, ['cifar-10-batches-bin']);
  const bytes = await readFile(file);
  return { file, bytes: bytes.byteLength, md5: createHash('md5').update(bytes).digest('hex') };
}

describe('downloading MNIST from a loopback server', () => {
  let root: string;

  it('downloads the four files, shows a percentage, then builds from them', async () => {
    root = await freshRoot('mnist-ok');
    const { code, log, cache } = await runFrom(root, ['--dataset', 'mnist']);
    expect(log.errors).toEqual([]);
    expect(code).toBe(0);
    for (const { name } of DATASETS.mnist.sources) {
      const file = await readFile(join(cache, 'mnist', `${name}.gz`));
      expect(file.equals(routes.get(`/mnist/${name}.gz`) as Buffer)).toBe(true);
    }
    expect((await readdir(join(cache, 'mnist'))).sort()).toEqual(DATASETS.mnist.sources.map(({ name }) => `${name}.gz`).sort());
    const imagesProgress = log.progressLines.filter((line) => line.includes('train-images'));
    expect(imagesProgress.length).toBeLessThanOrEqual(101);
    expect(imagesProgress.at(-1)).toBe('  mnist/train-images-idx3-ubyte.gz: 100% of 9.9 MB');
    const manifest: unknown = JSON.parse(await readFile(join(root, 'public', 'data', 'mnist', 'manifest.json'), 'utf8'));
    expect(manifestProblem(manifest, 'mnist')).toBeUndefined();
  });

  it('reuses the downloaded files next time', async () => {
    const before = requests.length;
    const { code } = await runFrom(root, ['--dataset', 'mnist', '--out', 'again']);
    expect(code).toBe(0);
    expect(requests.length).toBe(before);
  });

  it('reports a file whose content does not match, deletes it and builds nothing', async () => {
    const path = '/mnist/train-labels-idx1-ubyte.gz';
    const official = routes.get(path);
    routes.set(path, gzipSync(Buffer.alloc(60_008, 1)));
    try {
      const { code, log, cache } = await runFrom(await freshRoot('mnist-mismatch'), ['--dataset', 'mnist', '--out', 'out']);
      expect(code).toBe(1);
      expect(log.errors).toEqual([expect.stringMatching(/^Error: mnist\/train-labels-idx1-ubyte\.gz: SHA-256 is [0-9a-f]{64}, expected 65a50cbb.* The downloaded copy was deleted; run the command again to download it anew\.$/)]);
      expect(existsSync(join(cache, 'mnist', 'train-labels-idx1-ubyte.gz'))).toBe(false);
      expect(existsSync(join(cache, '..', '..', 'out'))).toBe(false);
    } finally {
      routes.set(path, official ?? 404);
    }
  });

  it('reports an HTTP error with the URL', async () => {
    routes.set('/mnist/t10k-images-idx3-ubyte.gz', 404);
    try {
      const { code, log, cache } = await runFrom(await freshRoot('mnist-404'), ['--dataset', 'mnist']);
      expect(code).toBe(1);
      expect(log.errors).toEqual([`Error: Could not download mnist/t10k-images-idx3-ubyte.gz. ${base}/mnist/t10k-images-idx3-ubyte.gz: HTTP 404 Not Found. Check the connection, or set DATASETS_DIR to a folder holding the official files.`]);
      expect(await readdir(join(cache, 'mnist'))).not.toContain('t10k-images-idx3-ubyte.gz');
    } finally {
      routes.set('/mnist/t10k-images-idx3-ubyte.gz', await readFile(join(realDatasetsDir(), 'mnist', 't10k-images-idx3-ubyte.gz')));
    }
  });
});

describe('download', () => {
  it('falls back to the next URL', async () => {
    const dest = join(work, 'fallback', 'labels.gz');
    const log = memoryLog();
    await download([`${base}/missing`, `${base}/mnist/t10k-labels-idx1-ubyte.gz`], dest, 'labels', log);
    expect((await readFile(dest)).equals(routes.get('/mnist/t10k-labels-idx1-ubyte.gz') as Buffer)).toBe(true);
    expect(log.lines).toContain('  failed: HTTP 404 Not Found');
  });

  it('names the network error when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/file`;
    await new Promise((resolve) => closed.close(resolve));
    const attempt = download([url], join(work, 'refused', 'file'), 'file', memoryLog());
    await expect(attempt).rejects.toThrow(`Could not download file. ${url}: fetch failed (ECONNREFUSED).`);
  });

  it('refuses a file with the wrong MD5 and leaves nothing behind', async () => {
    const dest = join(work, 'md5', 'labels.gz');
    const attempt = download([`${base}/mnist/t10k-labels-idx1-ubyte.gz`], dest, 'labels', memoryLog(), { bytes: 4542, md5: '0'.repeat(32) });
    await expect(attempt).rejects.toThrow(/: MD5 is ec29112dd5afa0611ce80d1b7f02629c, expected 0{32} \(corrupt download or not the official file\)/);
    expect(await readdir(join(work, 'md5'))).toEqual([]);
  });
});

describe('CIFAR-10 archive', () => {
  it('is refused by the command when it is not the official archive', async () => {
    const archive = await syntheticArchive('unofficial', CIFAR_MEMBERS);
    routes.set('/cifar10/cifar-10-binary.tar.gz', await readFile(archive.file));
    const { code, log, cache } = await runFrom(await freshRoot('cifar-unofficial'), ['--dataset', 'cifar10']);
    expect(code).toBe(1);
    expect(log.errors[0]).toContain(`Could not download cifar10/cifar-10-binary.tar.gz. ${base}/cifar10/cifar-10-binary.tar.gz: is ${archive.bytes} bytes, expected 170052171.`);
    expect(await readdir(join(cache, 'cifar10'))).toEqual([]);
  });

  it('is downloaded, extracted (only the data files) and deleted', async () => {
    const archive = await syntheticArchive('good', CIFAR_MEMBERS);
    routes.set('/cifar10/cifar-10-binary.tar.gz', await readFile(archive.file));
    const cacheDir = join(work, 'cifar-cache');
    await ensureDownloaded('cifar10', { cacheDir, baseUrl: base, cifarArchive: archive, log: memoryLog() });
    expect((await readdir(join(cacheDir, 'cifar10'))).sort()).toEqual([...CIFAR_MEMBERS].sort());
    expect(await readFile(join(cacheDir, 'cifar10', 'test_batch.bin'), 'utf8')).toBe('content of test_batch.bin');
  });

  it('must hold every data file', async () => {
    const archive = await syntheticArchive('incomplete', CIFAR_MEMBERS.filter((name) => name !== 'test_batch.bin'));
    const dest = join(work, 'incomplete-out');
    await mkdir(dest);
    await expect(extractCifarArchive(archive.file, dest, CIFAR_MEMBERS)).rejects.toThrow(/lacks cifar-10-batches-bin\/test_batch\.bin \(not the official/);
    expect(await readdir(dest)).toEqual([]);
  });

  it('must not be truncated', async () => {
    const archive = await syntheticArchive('truncated', CIFAR_MEMBERS);
    await writeFile(archive.file, (await readFile(archive.file)).subarray(0, archive.bytes - 40));
    const dest = join(work, 'truncated-out');
    await mkdir(dest);
    await expect(extractCifarArchive(archive.file, dest, CIFAR_MEMBERS)).rejects.toThrow(/truncated\.tar\.gz: cannot be extracted/);
    expect(await readdir(dest)).toEqual([]);
  });
});
