// Deterministic demo credit records for the demo subjects (SPEC §13: demo data on first start).
export {
  createDemoRecordGenerator, generateDemoRecords, HEAVY_PER_UNIT, HEAVY_SUBJECTS, SHARE_WITHOUT_RECORDS, type DemoRecordOptions,
} from './generate-demo-records.js';
export { ensureDemoDepartments, seedDemoRecords, type DemoRecordDeps, type DemoRecordResult, type SeedDemoRecordOptions } from './seed-demo-records.js';
export { DEMO_DEPARTMENTS, demoDepartmentCode, type DemoDepartment, type DemoDepartmentKey } from './demo-departments.js';
export type { DemoRecord, DemoRecordSubject } from './record-kit.js';
