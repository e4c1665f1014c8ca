import type { Config } from './config.js';
import type { Database } from '../db/connect.js';
import type { Clock } from '../kernel/clock.js';
import { createPersonalDataCipher } from '../kernel/crypto.js';

/** The composition root for services: each gets only what it uses. */
export function createServices(deps: { config: Readonly<Config>; database: Database; clock: Clock }) {
  const { config, database, clock } = deps;
  const cipher = createPersonalDataCipher({
    encryptionKey: config.secrets.encryptionKey,
    lookupKey: config.secrets.lookupKey,
  });
  return { cipher, database, clock };
}

export type Services = ReturnType<typeof createServices>;
