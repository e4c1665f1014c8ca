import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * The notification port (SPEC §8: every step of due process tells the people
 * concerned). Domains that tell someone about a step take `notify` as an
 * optional dependency; the notifications domain implements it (in-app
 * message, plus an outbox row per email/SMS channel) and src/app/services.ts
 * joins them. Writes inside the caller's transaction.
 */
export interface NotificationInput {
  recipient:
    | { kind: 'user'; userId: string }
    | { kind: 'subject'; subjectId: string }
    | { kind: 'contact'; contact: string };
  /** stable dotted code, e.g. 'objection.accepted' */
  topic: string;
  /** zh-CN, short */
  title: string;
  /** zh-CN; full ID numbers are masked before anything is stored */
  body: string;
  /** a relative URL in the portal or console */
  link?: string;
}

export type Notify = (trx: Kysely<DB>, n: NotificationInput) => Promise<void>;

/** The default when nothing is wired: nobody is told. */
export const notifyNobody: Notify = async () => {};
