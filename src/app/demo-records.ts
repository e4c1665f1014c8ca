// Demo data, step 2: credit records for the demo subjects the registry holds.
// The demo set (count, seed) is regenerated to know which subjects are demo
// subjects, then read back from the registry (organisations by code, persons
// by ID number through the audited lookup), so demo records never touch a
// subject the demo did not register and describe it as the registry stores it.
import type { AppContext } from './context.js';
import { chinaDate } from '../kernel/clock.js';
import { systemActor } from '../kernel/actor.js';
import { generateDemoSubjects } from '../domains/subjects/demo/index.js';
import type { SubjectInput } from '../domains/subjects/index.js';
import { seedDemoRecords, type DemoRecordResult, type DemoRecordSubject } from '../domains/records/demo/index.js';

/** Records per demo subject on average when nothing else is asked (first start, `xinyong demo`). */
export const DEFAULT_RECORDS_PER_SUBJECT = 2;
const PAGE = 1000;
const LOOKUP_PURPOSE = '生成演示信用记录 / generating demo credit records';

export interface DemoRecordsRequest {
  /** the demo set: how many subjects and which seed (as the subjects step used) */
  subjects: number;
  seed: number;
  perSubject: number;
  progress?: (subjects: number, result: DemoRecordResult) => void;
}

interface Registered {
  subject: DemoRecordSubject;
  registeredAt: string;
}

/** One page of the demo set as the registry holds it, in demo order; subjects it lacks are left out. */
async function readBack(ctx: AppContext, inputs: SubjectInput[]): Promise<Registered[]> {
  const codes = inputs.flatMap((s) => (s.code ? [s.code] : []));
  const rows = codes.length === 0 ? [] : await ctx.database.db
    .selectFrom('subjects')
    .select(['type', 'code', 'name', 'legalRep', 'industry', 'status', 'establishedOn', 'address', 'createdAt'])
    .where('code', 'in', codes)
    .execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out: Registered[] = [];
  for (const input of inputs) {
    const row = input.code
      ? byCode.get(input.code)
      : input.idNumber ? await ctx.services.subjects.findPersonByIdNumber(systemActor, input.idNumber, LOOKUP_PURPOSE) : null;
    if (!row) continue;
    out.push({
      registeredAt: row.createdAt,
      subject: {
        type: row.type as DemoRecordSubject['type'], code: row.code, idNumber: input.code ? null : input.idNumber ?? null, name: row.name,
        legalRep: row.legalRep, industry: row.industry, status: row.status as DemoRecordSubject['status'], establishedOn: row.establishedOn, address: row.address,
      },
    });
  }
  return out;
}

async function* pagesOf(ctx: AppContext, count: number, seed: number): AsyncGenerator<Registered[]> {
  let page: SubjectInput[] = [];
  for (const input of generateDemoSubjects({ count, seed })) {
    page.push(input);
    if (page.length === PAGE) {
      yield await readBack(ctx, page);
      page = [];
    }
  }
  if (page.length > 0) yield await readBack(ctx, page);
}

/**
 * The records of the demo set `(subjects, seed)`. They are dated back from
 * the day the set's first subjects were registered (China time), so a re-run
 * on any later day regenerates the same records and stores nothing new.
 */
export async function seedDemoRecordsStep(ctx: AppContext, req: DemoRecordsRequest): Promise<DemoRecordResult> {
  const pages = pagesOf(ctx, req.subjects, req.seed);
  const first = req.perSubject > 0 ? await pages.next() : { done: true as const, value: undefined };
  const registered = first.done ? [] : first.value;
  const earliest = registered.reduce<string | null>((min, r) => (min === null || r.registeredAt < min ? r.registeredAt : min), null);
  const anchor = earliest === null ? chinaDate(ctx.clock) : chinaDate({ now: () => new Date(earliest) });
  async function* subjects(): AsyncGenerator<DemoRecordSubject> {
    for (const r of registered) yield r.subject;
    for await (const page of pages) for (const r of page) yield r.subject;
  }
  return seedDemoRecords(
    { records: ctx.services.records, accounts: ctx.services.accounts },
    subjects(),
    { seed: req.seed, anchor, perSubject: req.perSubject, ...(req.progress && { progress: req.progress }) },
  );
}
