// Public API of the lists domain (名单, SPEC §5): list types as data, the office's
// listing procedure with its history, and what is in effect on a day (office
// entries and upstream records) for credit checks and the public list pages.
export { createListService, type ListService, type ListServiceDeps } from './service.js';
export { registerListRoutes } from './routes.js';
export { defaultListTypes, DEFAULT_LIST_TYPE_CODES } from './defaults/index.js';
export {
  LIST_KINDS, LIST_ORIGINS, ENTRY_STATUSES, DISPLAY_STATUSES, ENTRY_STEPS,
  type ListKind, type ListOrigin, type ListFeed, type ListTypeDefinition, type ListTypeView, type ListEntryView,
  type EntryStatus, type DisplayStatus, type EntryStep, type ProposeInput, type NotifyInput, type DecideInput, type ReasonInput,
  type ObjectionInput, type AnswerInput, type EntriesQuery,
} from './schema.js';
export {
  listTypeSchema, listEntryDetailSchema, listEntrySummarySchema, listEntryPageSchema, publicListPageSchema, publicListSubjectSchema,
  type ListEntryDetail, type ListEntrySummary, type PublicListPage,
} from './present.js';
export { displayStatus, inEffectOn, refusalOf, possibleSteps } from './rules.js';
