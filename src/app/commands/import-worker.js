// The thread `xinyong import` runs in (import-thread.ts): registers tsx, runs
// the command with the options it was given, and reports the exit code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runImportCommand } = await import('./import.ts');
await runImportCommand(workerData.file, workerData.opts);
parentPort.postMessage({ exitCode: process.exitCode ?? 0 });
