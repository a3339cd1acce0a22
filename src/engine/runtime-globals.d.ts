/**
 * The few globals the engine may use: those that both a Web Worker and Node provide.
 * The engine's tsconfig has no DOM, WebWorker or Node library, so touching anything
 * else (document, self, fs) does not compile.
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const performance: { now(): number };
declare const console: { log(...data: unknown[]): void; warn(...data: unknown[]): void; error(...data: unknown[]): void };
/** UTF-8 decoding (model.json text read from memory). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
