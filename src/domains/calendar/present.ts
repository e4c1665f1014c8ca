import type { StoredCalendarDay } from './schema.js';

/** The public sees the day and its note; who changed it is for administrators (and the audit trail). */
export const presentDay = (d: StoredCalendarDay) => ({ date: d.date, kind: d.kind, note: d.note });

export const presentAdminDay = (d: StoredCalendarDay) => ({ ...presentDay(d), updatedBy: d.updatedBy, updatedAt: d.updatedAt });
