// Public API of the reports domain (信用报告, SPEC §9, issue 8): public and full reports as PDF and HTML, verification, the register, batches.
export { createReportService, type ReportService, type ReportServiceDeps, type CommitmentsPort, type IssuedReport } from './service.js';
export { createReportBatch, type ReportBatch } from './batch.js';
export { registerReportRoutes } from './routes.js';
export { loadReportFonts, reportFonts, MISSING_MARK, type ReportFonts } from './fonts.js';
export { renderPdf, PDF_RENDERER } from './render-pdf.js';
export { createPdfPool, inlineRenderer, type PdfRenderer } from './pdf-pool.js';
export { renderHtml } from './render-html.js';
export { canReadRegister } from './policy.js';
export type { RegisterPage, ReportIssued, Verification } from './present.js';
export * from './schema.js';
