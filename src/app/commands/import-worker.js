// The thread `xinyong import` runs in (see runInThread in import.ts): registers
// tsx, runs the command with the options it was given, and reports the exit code.
// Its output travels as messages, in order and before `done`: a worker's own
// stdout is forwarded asynchronously and can lose its last lines at exit.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const relay = (fd) => (chunk, encoding, callback) => {
  parentPort.postMessage({ fd, text: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8') });
  (typeof encoding === 'function' ? encoding : callback)?.();
  return true;
};
process.stdout.write = relay(1);
process.stderr.write = relay(2);

register();
const { runImportCommand } = await import('./import.ts');
await runImportCommand(workerData.file, workerData.opts);
parentPort.postMessage({ done: true, exitCode: process.exitCode ?? 0 });
