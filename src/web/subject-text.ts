import { SUBJECT_STATUS_LABELS, SUBJECT_TYPE_LABELS, SUBJECT_TYPES, type SubjectStatus, type SubjectType } from '../domains/subjects/index.js';
import type { Lang } from './i18n/index.js';

/** Subject labels in the page's language (the registry keeps them in both). */
export const typeLabel = (lang: Lang, type: SubjectType): string => SUBJECT_TYPE_LABELS[type][lang === 'en' ? 'en' : 'zh'];
export const statusLabel = (lang: Lang, status: SubjectStatus): string => SUBJECT_STATUS_LABELS[status][lang === 'en' ? 'en' : 'zh'];

/** Types the public search offers: every kind of organisation, never persons. */
export type OrganisationType = Exclude<SubjectType, 'person'>;
export const ORGANISATION_TYPES = SUBJECT_TYPES.filter((t): t is OrganisationType => t !== 'person');

export const isOrganisationType = (value: unknown): value is OrganisationType =>
  typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
