import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';

/** Temporary files and folders in use, so an interrupted run can still remove them. */
const temporaries = new Set<string>();

/**
 * Runs `work` with the temporary path `temp` registered, removing `temp`
 * afterwards whether `work` succeeds or fails (work renames it away on success).
 */
export async function withTemporary<T>(temp: string, work: () => Promise<T>): Promise<T> {
  temporaries.add(temp);
  try {
    return await work();
  } finally {
    temporaries.delete(temp);
    await rm(temp, { recursive: true, force: true });
  }
}

/** Synchronously removes every registered temporary path (for signal handlers). */
export function removeTemporaries(): void {
  for (const temp of temporaries) rmSync(temp, { recursive: true, force: true });
  temporaries.clear();
}
