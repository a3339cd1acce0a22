import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar';
import { withTemporary } from './cleanup';
import { InputError, messageOf } from './errors';

/** Folder inside the official CIFAR-10 binary archive that holds the data files. */
export const CIFAR_ARCHIVE_FOLDER = 'cifar-10-batches-bin';

/** Problems decompressing the whole file (none when it is a sound gzip stream). */
async function gzipProblem(file: string): Promise<string[]> {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  return pipeline(createReadStream(file), createGunzip(), discard).then(() => [], (error: unknown) => [messageOf(error)]);
}

/**
 * Extracts `members` (file names inside CIFAR_ARCHIVE_FOLDER) from a .tar.gz into
 * `destDir`, ignoring any other entry. Files appear in `destDir` only once all of
 * them were extracted; a broken archive or a missing member throws an InputError.
 * The gzip layer is checked first: at a zlib error tar settles while its file
 * writes still run, which would race the removal of the temporary folder.
 */
export async function extractCifarArchive(archive: string, destDir: string, members: readonly string[]): Promise<void> {
  const wanted = new Set(members.map((name) => `${CIFAR_ARCHIVE_FOLDER}/${name}`));
  const temp = join(destDir, `.extracting-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  await withTemporary(temp, async () => {
    const problems = await gzipProblem(archive);
    if (problems.length === 0) {
      await extract({
        file: archive,
        cwd: temp,
        filter: (path) => wanted.has(path.replace(/^\.\//, '')),
        onwarn: (_code, message) => problems.push(message),
      }).catch((error: unknown) => problems.push(messageOf(error)));
    }
    if (problems.length > 0) throw new InputError(`${archive}: cannot be extracted (${problems.join('; ')})`);
    const missing = members.filter((name) => !existsSync(join(temp, CIFAR_ARCHIVE_FOLDER, name)));
    if (missing.length > 0) {
      throw new InputError(`${archive}: lacks ${missing.map((name) => `${CIFAR_ARCHIVE_FOLDER}/${name}`).join(', ')} (not the official CIFAR-10 binary archive?)`);
    }
    for (const name of members) await rename(join(temp, CIFAR_ARCHIVE_FOLDER, name), join(destDir, name));
  });
}
