import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { formatBytes } from '../../src/core/util/format';
import { withTemporary } from './cleanup';
import { InputError, messageOf } from './errors';
import type { Log } from './log';

/** What a downloaded file must be, when known in advance. */
export interface Integrity {
  readonly bytes: number;
  /** MD5 of the whole file, lower-case hex (the checksum the publisher gives). */
  readonly md5: string;
}

/** Streams the body to `part`, hashing and reporting progress; returns bytes and MD5. */
async function receive(response: Response, part: string, label: string, log: Log): Promise<{ bytes: number; md5: string }> {
  const total = Number(response.headers.get('content-length') ?? Number.NaN);
  const md5 = createHash('md5');
  let received = 0;
  let shown = -1;
  const known = Number.isFinite(total) && total > 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      md5.update(chunk);
      received += chunk.length;
      const step = known ? Math.floor((100 * received) / total) : Math.floor(received / 1e6);
      if (step !== shown) log.progress(`  ${label}: ${known ? `${step}% of ${formatBytes(total)}` : formatBytes(received)}`);
      shown = step;
      done(null, chunk);
    },
  });
  const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  await pipeline(body, meter, createWriteStream(part));
  return { bytes: received, md5: md5.digest('hex') };
}

function integrityProblem(found: { bytes: number; md5: string }, expected: Integrity | undefined): string | undefined {
  if (!expected) return undefined;
  if (found.bytes !== expected.bytes) return `is ${found.bytes} bytes, expected ${expected.bytes}`;
  if (found.md5 !== expected.md5) return `MD5 is ${found.md5}, expected ${expected.md5} (corrupt download or not the official file)`;
  return undefined;
}

/** fetch's own message is just "fetch failed": add the network cause (ECONNREFUSED, ENOTFOUND, …). */
function fetchFailure(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  return cause ? `${messageOf(error)} (${cause.code ?? cause.message})` : messageOf(error);
}

/** Downloads one URL to `dest` through a temporary name, renamed only once complete and checked. */
async function downloadOne(url: string, dest: string, label: string, log: Log, expected?: Integrity): Promise<void> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new Error(fetchFailure(error));
  });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  const part = `${dest}.part-${process.pid}`;
  await withTemporary(part, async () => {
    const found = await receive(response, part, label, log).finally(() => log.endProgress());
    const problem = integrityProblem(found, expected);
    if (problem) throw new Error(problem);
    await rename(part, dest);
    log.info(`  downloaded ${label} (${formatBytes(found.bytes)})`);
  });
}

/**
 * Downloads `label` to `dest`, trying each URL in turn until one succeeds (and,
 * given `expected`, passes its size and MD5 check). Throws an InputError listing
 * every attempt when all fail; `dest` then does not exist.
 */
export async function download(urls: readonly string[], dest: string, label: string, log: Log, expected?: Integrity): Promise<void> {
  await mkdir(dirname(dest), { recursive: true });
  const failures: string[] = [];
  for (const url of urls) {
    log.info(`  downloading ${label} from ${url}`);
    try {
      await downloadOne(url, dest, label, log, expected);
      return;
    } catch (error) {
      failures.push(`${url}: ${messageOf(error)}`);
      log.info(`  failed: ${messageOf(error)}`);
    }
  }
  throw new InputError(`Could not download ${label}. ${failures.join('; ')}. Check the connection, or set DATASETS_DIR to a folder holding the official files.`);
}
