// Public API of the catalogue domain (信用信息目录, SPEC §3): record type
// definitions, the default catalogue, the validator, header resolution, the
// versioned store and its routes. Other domains import only from here.
export * from './definition.js';
export type { FieldValue, ValidatedRecord } from './validated-record.js';
export { defaultCatalog, DEFAULT_TYPE_INPUTS } from './defaults/index.js';
export { validateRecord, validatorFor } from './validate-record.js';
export { compileValidator } from './validate/compile-validator.js';
export type { CompiledValidator, ValidateOptions, ValidationResult } from './validate/compile-validator.js';
export { EARLIEST_DATE } from './validate/parse-date.js';
export { resolveHeaders } from './headers/resolve-headers.js';
export type { ResolvedHeaders } from './headers/resolve-headers.js';
export { toCurrentFormat, LEGACY_KIND_COLUMNS } from './headers/legacy-format.js';
export { checkDefinition } from './check-definition.js';
export { parseDefinition } from './parse-definition.js';
export { createCatalogService } from './service.js';
export type { CatalogService, CatalogDeps } from './service.js';
export type { CatalogType } from './catalog-type.js';
export { recordTypeUnknown } from './errors.js';
export { registerCatalogRoutes } from './routes.js';
export { presentSummary, presentDetail, stricterDisclosure, catalogTypeSummarySchema, catalogTypeDetailSchema } from './present.js';
export type { CatalogTypeSummary, CatalogTypeDetail } from './present.js';
export { penaltySeverity, computePublicityEnd, endAfterRepair, repairEligibleFrom, isPublicOn, INDEFINITE } from './publicity.js';
export type { PublicityRule } from './publicity.js';
