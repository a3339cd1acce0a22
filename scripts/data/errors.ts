import { DataFormatError } from '../../src/core/datasets/decoded';

/**
 * An expected failure the user can fix (bad or missing input, bad option, failed
 * download). The command prints its message alone, without a stack trace.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** True for failures whose message is meant for the user as it stands. */
export function isExpectedError(error: unknown): error is Error {
  return error instanceof InputError || error instanceof DataFormatError;
}

/** The message of any thrown value, for embedding in a longer message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
