import type { KeyObject } from 'node:crypto';
import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { addDays } from '../../kernel/calendar/index.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { normalizeCode } from '../identifiers/index.js';
import { checkInvalid, personCheckForbidden, receiptNotFound } from './errors.js';
import { createFeedback } from './feedback.js';
import { matchMeasures, type RecordFact } from './match.js';
import { createMeasureCatalog } from './measure-catalog.js';
import { canCheck, canCheckPersons, canReadReceipt, canSeeCheckStats, isIssuer } from './policy.js';
import { noGrades, type GradesPort, type ListEntryView, type ListsPort, type MeasureVocabulary } from './ports.js';
import { signingThreadFor } from './receipt-sign-thread.js';
import { createReceiptSigner } from './receipt-signer.js';
import { createReceiptWriter, type PendingReceipt } from './receipt-writer.js';
import { createChecksRepo } from './repo.js';
import { parseWith } from './parse.js';
import { createSubjectResolver, displayRef, type ResolvedSubject } from './resolve-subject.js';
import {
  batchRequestSchema, checkRequestSchema, receiptSchema, statsQuerySchema,
  type BatchItem, type BatchRequest, type CheckRequest, type CheckResult, type DataVersion, type Receipt, type Scenario, type StatsQuery, type StoredMeasure,
} from './schema.js';
import { buildStats, type CheckStats } from './stats.js';

export interface ChecksServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  /** config.secrets.signingKey: the platform's Ed25519 key (receipts, reports) */
  signingKey: KeyObject;
  /** the personal-data cipher's keyed hash, to find a person by ID number */
  lookupHash: (idNumber: string) => string;
  lists: ListsPort;
  /** the ratings seam (SPEC §7); no grades until the ratings issue fills it */
  grades?: GradesPort;
  vocabulary: MeasureVocabulary;
  /** sign receipts on a thread of their own (default), beside the thread serving requests; false: inline */
  signOnThread?: boolean;
}

interface Relevant {
  measures: readonly StoredMeasure[];
  lists: boolean;
  grades: boolean;
  records: boolean;
}

/** Subjects per lists/records query in a batch: well under both engines' parameter limits. */
const CHUNK = 500;

/** Credit checks (SPEC §6, §13): verdict, measures with their triggers, rewards, and a signed, stored receipt. */
export function createChecksService(deps: ChecksServiceDeps) {
  const { database, clock, audit, lists } = deps;
  const db = database.db;
  const grades = deps.grades ?? noGrades;
  const repo = createChecksRepo(database.dialect);
  const measures = createMeasureCatalog({ db, repo, clock, audit, vocabulary: deps.vocabulary });
  const signer = createReceiptSigner(deps.signingKey, deps.signOnThread === false ? undefined : signingThreadFor(deps.signingKey));
  const writer = createReceiptWriter({ db, repo, audit });
  const resolve = createSubjectResolver({ repo, lookupHash: deps.lookupHash });
  const feedback = createFeedback({ db, repo, clock, audit });

  function dayFor(at: string | undefined): string {
    const today = chinaDate(clock);
    if (at !== undefined && at > today) throw checkInvalid([{ field: 'at', code: 'CHECK_AT_IN_FUTURE', message: `核查日期不能晚于今天（${today}）/ at may not be after today (${today})` }]);
    return at ?? today;
  }

  function assertMayCheck(actor: Actor, subject: ResolvedSubject): void {
    if ((subject.byIdNumber || subject.type === 'person') && !canCheckPersons(actor)) throw personCheckForbidden();
  }

  /** The measures of the scenario and what they need read; worked out once per catalogue version (the catalogue hands out the same array while it holds). */
  const relevantCache = new WeakMap<readonly StoredMeasure[], Map<Scenario, Relevant>>();
  function relevant(all: readonly StoredMeasure[], scenario: Scenario): Relevant {
    let byScenario = relevantCache.get(all);
    if (!byScenario) relevantCache.set(all, (byScenario = new Map()));
    let found = byScenario.get(scenario);
    if (!found) {
      const ms = all.filter((m) => m.definition.active && m.definition.scenarios.includes(scenario));
      const needs = (kind: string) => ms.some((m) => m.definition.target.kind === kind);
      found = { measures: ms, lists: needs('list'), grades: needs('grade'), records: needs('records') };
      byScenario.set(scenario, found);
    }
    return found;
  }

  /** Signs the answer (on the signing thread) and builds its receipt row; the caller stores it before returning anything. */
  async function answer(actor: Actor, subject: ResolvedSubject, scenario: Scenario, at: string, dataVersion: DataVersion, match: ReturnType<typeof matchMeasures>): Promise<{ result: CheckResult; pending: PendingReceipt }> {
    const now = clock.now();
    const issuedAt = now.toISOString();
    const issuedOn = chinaDate(clock);
    const id = newId(now.getTime());
    const { receipt, json } = await signer.signAsync({
      format: 'xinyong-check-receipt/1', id, issuedAt,
      issuer: { kind: actor.kind, id: actor.id, departmentId: actor.departmentId },
      subject: { code: subject.code, name: subject.name, type: subject.type, idNumberMasked: subject.idNumberMasked },
      scenario, at, verdict: match.verdict, measures: match.measures, rewards: match.rewards, dataVersion, keyId: signer.keyId,
    });
    const pending: PendingReceipt = {
      receipt: [id, issuedAt, issuedOn, actor.kind, actor.id, actor.departmentId, subject.id, subject.type, scenario, at, match.verdict, signer.keyId, json],
      measures: [...match.measures, ...match.rewards].map((m) => [id, m.code, m.kind, scenario, issuedOn]),
      ...(subject.byIdNumber || subject.type === 'person'
        ? { audit: { actor, entry: { action: 'check.person', targetType: 'check_receipt', targetId: id, subjectId: subject.id, purpose: scenario } } }
        : {}),
    };
    const result: CheckResult = { verdict: match.verdict, subject: receipt.subject, scenario, at, measures: match.measures, rewards: match.rewards, receipt };
    return { result, pending };
  }

  async function factsFor(ids: string[], at: string, need: Relevant) {
    const entries = new Map<string, ListEntryView[]>();
    const records = new Map<string, RecordFact[]>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const slice = ids.slice(i, i + CHUNK);
      if (need.lists) for (const [k, v] of await lists.entriesInEffectMany(slice, at)) entries.set(k, v);
      if (need.records) for (const r of await repo.recordFacts(db, slice, at)) records.set(r.subjectId, [...(records.get(r.subjectId) ?? []), r]);
    }
    return { entries, records };
  }

  return {
    measures,

    /** Installs the default measure catalogue (start-up; idempotent). */
    ensureDefaults: () => measures.ensureDefaults(),

    publicKey: () => ({ algorithm: 'Ed25519' as const, keyId: signer.keyId, pem: signer.publicKeyPem, raw: signer.publicKeyRaw }),

    async check(actor: Actor, input: CheckRequest): Promise<CheckResult> {
      authorize(actor, canCheck(actor), '信用核查');
      const req = parseWith(checkRequestSchema, input);
      const at = dayFor(req.at);
      // The data version first (with the subject by code, in one statement): the answer reflects at least that state.
      const { dataVersion, subject: byCode } = await repo.dataVersionAndSubjectByCode(db, normalizeCode(req.subject));
      const subject = await resolve(db, req.subject, chinaDate(clock), { byCode });
      assertMayCheck(actor, subject);
      const need = relevant(await measures.current(dataVersion.measuresSeq), req.scenario);
      const [entries, held, records] = await Promise.all([
        need.lists ? lists.entriesInEffect(subject.id, at) : [],
        need.grades ? grades.gradesAt(subject.id, at) : [],
        need.records ? repo.recordFacts(db, [subject.id], at) : [],
      ]);
      const match = matchMeasures({ measures: need.measures, scenario: req.scenario, at, entries, grades: held, records });
      const { result, pending } = await answer(actor, subject, req.scenario, at, dataVersion, match);
      await writer.write([pending]);
      return result;
    },

    /** Up to 1,000 subjects, one receipt each, all stored in one transaction; a subject that cannot be checked gets an error instead. */
    async checkBatch(actor: Actor, input: BatchRequest): Promise<BatchItem[]> {
      authorize(actor, canCheck(actor), '批量信用核查');
      const req = parseWith(batchRequestSchema, input);
      const at = dayFor(req.at);
      const today = chinaDate(clock);
      const items: Array<BatchItem & { subject?: ResolvedSubject }> = [];
      for (const [index, ref] of req.subjects.entries()) {
        try {
          const subject = await resolve(db, ref, today);
          assertMayCheck(actor, subject);
          items.push({ index, input: displayRef(ref, today), subject });
        } catch (err) {
          if (!(err instanceof DomainError) || err.status >= 500) throw err;
          items.push({ index, input: displayRef(ref, today), error: { code: err.code, message: err.message } });
        }
      }
      const dataVersion = await repo.dataVersion(db);
      const need = relevant(await measures.current(dataVersion.measuresSeq), req.scenario);
      const ids = [...new Set(items.flatMap((i) => (i.subject ? [i.subject.id] : [])))];
      const facts = await factsFor(ids, at, need);
      const signing: Array<Promise<PendingReceipt>> = [];
      for (const item of items) {
        if (!item.subject) continue;
        const held = need.grades ? await grades.gradesAt(item.subject.id, at) : [];
        const match = matchMeasures({
          measures: need.measures, scenario: req.scenario, at, grades: held,
          entries: facts.entries.get(item.subject.id) ?? [], records: facts.records.get(item.subject.id) ?? [],
        });
        signing.push(answer(actor, item.subject, req.scenario, at, dataVersion, match).then((answered) => {
          item.result = answered.result;
          return answered.pending;
        }));
      }
      await writer.write(await Promise.all(signing));
      return items.map(({ subject: _subject, ...item }) => item);
    },

    /** A receipt and whether its signature verifies with the platform's key; the issuer and government users also see the feedback given. */
    async receipt(actor: Actor, id: string) {
      const row = await repo.findReceipt(db, id);
      if (!row || !canReadReceipt(actor, row)) throw receiptNotFound(id);
      const receipt = receiptSchema.parse(JSON.parse(row.receipt)) as Receipt;
      const insider = isIssuer(actor, { type: row.issuerType, id: row.issuerId }) || canSeeCheckStats(actor);
      return { receipt, verified: signer.verify(receipt), ...(insider ? { feedback: await feedback.list(row.id) } : {}) };
    },

    /** 反馈: the caller who made the check reports, per measure, whether it applied it and why not. */
    feedback: feedback.give,

    async stats(actor: Actor, query: StatsQuery = {}): Promise<CheckStats> {
      authorize(actor, canSeeCheckStats(actor), '查看核查反馈统计');
      const q = parseWith(statsQuerySchema, query);
      const to = q.to ?? chinaDate(clock);
      const from = q.from ?? addDays(to, -29);
      if (from > to) throw checkInvalid([{ field: 'from', code: 'STATS_PERIOD_INVALID', message: '开始日期晚于结束日期 / from is after to' }]);
      const period = { from, to, scenario: q.scenario ?? null };
      const rows = { verdicts: await repo.verdictCounts(db, period), returned: await repo.returnedCounts(db, period), feedback: await repo.feedbackCounts(db, period) };
      return buildStats(period, rows, await measures.current());
    },
  };
}

export type ChecksService = ReturnType<typeof createChecksService>;
