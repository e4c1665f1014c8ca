import type { Config } from './config.js';
import type { Database } from '../db/connect.js';
import type { Clock } from '../kernel/clock.js';
import type { Services } from './services.js';

/** Everything a running platform holds: built once in the composition root. */
export interface AppContext {
  config: Readonly<Config>;
  database: Database;
  clock: Clock;
  services: Services;
}
