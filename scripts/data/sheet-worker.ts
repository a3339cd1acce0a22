import { parentPort } from 'node:worker_threads';
import { messageOf } from './errors';
import type { SheetJob, SheetReply } from './sheet-pool';
import { encodeSheet } from './sprite';

/** Encodes each sheet it is sent and replies with the PNG bytes or the error. */
parentPort?.on('message', (job: SheetJob) => {
  let reply: SheetReply;
  try {
    reply = { ok: true, png: encodeSheet(job.pixels, job.count, job.imageShape) };
  } catch (error) {
    reply = { ok: false, message: messageOf(error) };
  }
  parentPort?.postMessage(reply);
});
