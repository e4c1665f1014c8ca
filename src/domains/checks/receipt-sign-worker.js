// The thread receipts are signed on (receipt-sign-thread.ts): Ed25519 over each
// text it is sent, with the platform key it was started with. Plain JavaScript
// on node:crypto alone, so it needs no TypeScript loader.
import { sign } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { key } = workerData;
parentPort.on('message', ({ batch, texts }) => {
  try {
    parentPort.postMessage({ batch, signatures: texts.map((text) => sign(null, Buffer.from(text, 'utf8'), key).toString('base64')) });
  } catch (err) {
    parentPort.postMessage({ batch, error: String(err) });
  }
});
