import type { DueProcessKind } from './statistics-schema.js';

/**
 * What the statistics need from a due-process feature (objections, repairs:
 * SPEC §8), built by other domains and wired in the composition root. `range`
 * is [from, to): `from` a China date, `to` the UTC instant the period ends.
 */
export interface DueProcessPort {
  stats(range: { from: string; to: string }): Promise<DueProcessKind>;
  /** Per source department: decided cases and how many ended with the record corrected or removed (the assessment's objection score). */
  outcomesByDepartment?(range: { from: string; to: string }): Promise<Array<{ departmentId: string; decided: number; againstRecord: number }>>;
}

/** The figures while a feature is not installed: empty, and saying so. */
export const noDueProcess: DueProcessPort = {
  stats: async () => ({ available: false, byStatus: [], decided: 0, deadlineKept: 0, deadlineMissed: 0, openOverdue: 0 }),
  outcomesByDepartment: async () => [],
};
