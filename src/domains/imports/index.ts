// Public API of the imports domain: files (CSV, XLSX, NDJSON) and API calls into records, in resumable batches.
export { createImportService, DEFAULT_MAX_UPLOAD_BYTES, type ImportService, type ImportServiceDeps } from './service.js';
export { registerImportRoutes } from './routes.js';
export { UnusableFileError } from './errors.js';
export { errorsCsv, errorCsvLine, ERRORS_CSV_HEADER, UTF8_BOM } from './errors-csv.js';
export type { ImportResult, RunImportInput } from './run-import.js';
export type { Counts, ImportProgress, ImportBatch, ErrorLine, ImportErrorRow, PresentedBatch } from './schema.js';
export { ENCODINGS } from './schema.js';
export type { DeclaredEncoding } from './readers/detect-encoding.js';
export { createProgressReporter } from './progress-reporter.js';
export type { ImportFormat } from './readers/row-source.js';
