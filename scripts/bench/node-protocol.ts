import type { Measurement } from '../../src/bench/plan';

/** What a Node measurement process reports, one message per stdout line. */
export type NodeRunMessage =
  /** The backend started and the data is loaded: the first step begins now. */
  | { readonly type: 'training' }
  /** Steps finished, and the training time they took. */
  | { readonly type: 'window'; readonly steps: number; readonly ms: number }
  | { readonly type: 'result'; readonly measurement: Measurement };

/** Marks the lines that carry messages (TF.js prints its own lines too). */
const PREFIX = '@bench ';

/** One message as a stdout line. */
export function encodeMessage(message: NodeRunMessage): string {
  return `${PREFIX}${JSON.stringify(message)}\n`;
}

/** The message a stdout line carries, if it carries one. */
export function decodeMessage(line: string): NodeRunMessage | undefined {
  return line.startsWith(PREFIX) ? (JSON.parse(line.slice(PREFIX.length)) as NodeRunMessage) : undefined;
}
