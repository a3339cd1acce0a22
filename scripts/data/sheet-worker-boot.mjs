// Entry of the sheet-encoding worker threads. Node does not pass tsx's TypeScript
// loader on to worker threads, so the worker registers it before loading its code.
import { register } from 'tsx/esm/api';

register();
await import('./sheet-worker.ts');
