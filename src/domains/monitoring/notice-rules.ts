import { z } from 'zod';
import { isPublicOn } from '../catalog/index.js';
import { RECORD_TOPICS } from '../records/index.js';
import type { NoticeKind } from './schema.js';

/** Issue 7 (credit repair) emits this topic with the same payload as the others. */
export const RECORD_REPAIRED_TOPIC = 'record.repaired';

/** The part of a record event's payload (docs/records.md "Outbox events") a notice rests on. */
export const recordEventPayloadSchema = z.object({
  recordId: z.string(),
  version: z.number().int().min(1),
  subjectId: z.string(),
  typeCode: z.string(),
  category: z.string(),
  decisionDate: z.string(),
  publicityEnd: z.string().nullable(),
  status: z.enum(['active', 'withdrawn']),
});
export type RecordEventFacts = z.infer<typeof recordEventPayloadSchema>;

/** What the record's stored versions add to the event. */
export interface VersionFacts {
  /** the record's disclosure level now (records keep one per record) */
  disclosure: string;
  /** the change of the version before this one, null for version 1 */
  previousChange: string | null;
}

/**
 * Which notice, if any, a change of a record earns its subject's followers.
 * Only what the public may see: disclosure `public`, inside the publicity
 * window (SPEC §3.2, end inclusive).
 * - created/updated, active and public today → `appeared` for the first
 *   version and for a resubmission after a withdrawal (the record was out of
 *   public view), otherwise `changed`;
 * - withdrawn, when the record was public on the day it was withdrawn → `removed`;
 * - repaired → `repaired` (a repair ends publicity early, SPEC §3.2, so the
 *   record was public until then);
 * - expiry is not an event: the pump's daily scan finds it (expiry-scan.ts).
 */
export function noticeKindFor(
  topic: string,
  event: RecordEventFacts,
  facts: VersionFacts,
  days: { today: string; eventDay: string },
): NoticeKind | null {
  if (facts.disclosure !== 'public') return null;
  switch (topic) {
    case RECORD_TOPICS.created:
    case RECORD_TOPICS.updated:
      if (event.status !== 'active' || !isPublicOn(event.publicityEnd, days.today)) return null;
      return event.version === 1 || facts.previousChange === 'withdrawn' ? 'appeared' : 'changed';
    case RECORD_TOPICS.withdrawn:
      return isPublicOn(event.publicityEnd, days.eventDay) ? 'removed' : null;
    case RECORD_REPAIRED_TOPIC:
      return event.status === 'active' ? 'repaired' : null;
    default:
      return null;
  }
}
