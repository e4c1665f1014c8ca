// Fixtures for the repairs and commitments tests (and the browser journey): the people of the
// listing procedure (lists/testing.ts), a source department, penalties against the merchant.
import { systemActor } from '../../kernel/actor.js';
import { seedListPeople, type ListFixtureServices, type ListPeople } from '../lists/testing.js';
import type { RecordService } from '../records/index.js';
import { penaltyChunk, penaltyRow, SAMPLE_AUTHORITY } from '../records/testing.js';

/** A one-page PDF's first bytes: enough for the type check (docs/due-process.md). */
export const PDF_PROOF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

export interface RepairWorld {
  people: ListPeople;
  department: { id: string; code: string };
  /** record ids: general 2026-01-10 (eligible from 2026-04-10), early general 2026-05-01 (from 2026-08-01), serious 2025-03-01 (from 2026-03-01) */
  records: { general: string; early: string; serious: string };
}

/** Three penalties against the merchant (clock 2026-06-15 in China). */
export async function seedRepairWorld(s: ListFixtureServices & { records: Pick<RecordService, 'ingestChunk'> }, n = 1): Promise<RepairWorld> {
  const people = await seedListPeople(s, n);
  const department = await s.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
  const merchant = { subjectName: `深圳市诚信${n}号商贸有限公司`, subjectCode: people.subjects.merchant.code };
  const results = await s.records.ingestChunk(systemActor, penaltyChunk(department, [
    penaltyRow(1, { ...merchant, decisionNo: 'REPAIR-G', decisionDate: '2026-01-10' }),
    penaltyRow(2, { ...merchant, decisionNo: 'REPAIR-E', decisionDate: '2026-05-01' }),
    penaltyRow(3, { ...merchant, decisionNo: 'REPAIR-S', decisionDate: '2025-03-01', penaltyKinds: '吊销许可证件', content: '吊销食品经营许可证。', fineAmount: undefined }),
  ]));
  const [general, early, serious] = results.map((r) => r.id!);
  return { people, department, records: { general: general!, early: early!, serious: serious! } };
}
