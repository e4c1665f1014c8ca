// A worker thread of a full re-rating (see rate-pool.ts): registers tsx, as the
// import command's thread does (src/app/commands/import-worker.js), then runs
// the TypeScript side, which answers the pages it is sent.
import { register } from 'tsx/esm/api';

register();
await import('./rate-worker-thread.ts');
