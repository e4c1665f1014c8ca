// Fixtures for the checks domain's tests: a lists port over fixed entries,
// list entries as the lists domain presents them, a consumer API key.
import { systemActor, type Actor } from '../../kernel/actor.js';
import type { AccountsService } from '../accounts/index.js';
import { sampleCourtRow, sampleUscc } from '../catalog/testing.js';
import type { RecordService } from '../records/index.js';
import type { ListEntryView, ListKind, ListsPort } from './ports.js';

let n = 0;

/** An entry of `listType` for the subject, in effect from `from` (to `to`, inclusive; null = open). */
export function listEntry(subjectId: string, listType: string, kind: ListKind, from = '2026-01-01', to: string | null = null): ListEntryView {
  n += 1;
  return {
    entryId: `entry-${n}`, listType, listName: listType, listNameEn: listType, kind, subjectId, origin: 'office',
    decisionNo: `南信〔2026〕${n}号`, decidedBy: '南山区社会信用体系建设主管部门', legalBasis: '测试依据', effectiveFrom: from, effectiveTo: to,
  };
}

/** A lists port answering from fixed entries, as the lists domain would (entries in effect on the day). */
export function fakeLists(entries: readonly ListEntryView[]): ListsPort & { entries: ListEntryView[] } {
  const state = [...entries];
  const onDay = (id: string, at: string) =>
    state.filter((e) => e.subjectId === id && e.effectiveFrom <= at && (e.effectiveTo === null || at <= e.effectiveTo));
  return {
    entries: state,
    entriesInEffect: async (subjectId, at) => onDay(subjectId, at),
    entriesInEffectMany: async (ids, at) => new Map(ids.map((id) => [id, onDay(id, at)])),
  };
}

/** A consumer API key (a business system) of a new department; returns the key and the actor it acts as. */
export async function consumerKey(accounts: AccountsService, k: number): Promise<{ key: string; actor: Actor; departmentId: string }> {
  const dept = await accounts.createDepartment(systemActor, { code: sampleUscc(880_000 + k, '11'), name: `采购中心${k}`, kind: 'government' });
  const created = await accounts.createApiKey(systemActor, { name: `consumer-${k}`, departmentId: dept.id, purpose: 'consumer' });
  const actor = await accounts.resolveApiKey(created.key);
  if (!actor) throw new Error('key did not resolve');
  return { key: created.key, actor, departmentId: dept.id };
}

/** Puts an organisation on the 失信被执行人 list the way it really gets there: a court record, ingested (listed on `publishedOn`). */
export async function listAsCourtDebtor(
  services: { accounts: AccountsService; records: RecordService },
  subject: { name: string; code: string },
  publishedOn = '2026-06-01',
): Promise<string> {
  const courtCode = sampleUscc(305, '11');
  const court = await services.accounts.findDepartmentByCode(courtCode)
    ?? await services.accounts.createDepartment(systemActor, { code: courtCode, name: '深圳市南山区人民法院', kind: 'government' });
  n += 1;
  const [stored] = await services.records.ingestChunk(systemActor, {
    typeCode: 'court_dishonest_debtor', sourceDepartment: court, channel: 'api', batchId: null,
    rows: [{ row: 1, raw: sampleCourtRow({ subjectName: subject.name, subjectCode: subject.code, caseNo: `（2026）粤0305执${n}号`, filedOn: '2026-01-05', publishedOn }) }],
  });
  if (stored?.status !== 'created') throw new Error(`court record not stored: ${JSON.stringify(stored)}`);
  return stored.id!;
}
