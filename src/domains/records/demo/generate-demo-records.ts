// Deterministic demo credit records for the demo subjects. Each subject draws
// from its own PRNG stream (seed × its code or ID number), so its records do
// not depend on which other subjects exist; document numbers run in series per
// department and year in the order subjects come, so the records of the first
// k subjects are the same whatever follows. Dates fall in the four years before
// the anchor (the day the demo set was registered), which leaves a realistic
// share past their publicity window.
import { addDays, toDayNumber } from '../../../kernel/calendar/index.js';
import type { SubjectType } from '../../subjects/index.js';
import { createRandom, type Random } from '../../subjects/demo/index.js';
import { licenceKindsFor, licenceRecord } from './licence-records.js';
import { abnormalOperationRecord, dishonestDebtorRecord, majorTaxViolationRecord } from './list-records.js';
import { PENALTY_CASES, REVOCATION } from './penalty-cases.js';
import { penaltyRecord } from './penalty-records.js';
import { commendationRecord, fitsHonestMerchant, honestMerchantRecord, honoursFor, ratingRecord, ratingsFor } from './positive-records.js';
import { dayBetween, later, type DemoRecord, type DemoRecordSubject, type RecordBuilder, type RecordContext } from './record-kit.js';

export interface DemoRecordOptions {
  seed: number;
  /** YYYY-MM-DD: the day the demo set was registered; records are dated in the four years before it */
  anchor: string;
  /** records per subject on average, the few heavy subjects aside; 0 generates none */
  perSubject: number;
}

/** Share of subjects without any record. */
export const SHARE_WITHOUT_RECORDS = 0.3;
/** How many subjects get `HEAVY_PER_UNIT × perSubject` records (a chain store with an archive to page through). */
export const HEAVY_SUBJECTS = 2;
export const HEAVY_PER_UNIT = 100;
/** An ordinary subject's records are capped at this many times the mean (the geometric tail). */
const TAIL_CAP = 8;
/** Four years of records (1,461 days). */
const SPAN_DAYS = 1461;
/** Revocations happened within the last two years. */
const REVOCATION_DAYS = 730;

type Kind = 'licence' | 'penalty' | 'abnormal' | 'taxViolation' | 'debtor' | 'honour' | 'honestMerchant' | 'rating';
type Mix = readonly (readonly [Kind, number])[];

/** Which kinds of record each subject type gets, by relative weight. */
const MIX: Readonly<Record<SubjectType, Mix>> = {
  enterprise: [['licence', 36], ['penalty', 34], ['abnormal', 6], ['taxViolation', 1.5], ['debtor', 2], ['honour', 5], ['honestMerchant', 2], ['rating', 8]],
  individual_business: [['licence', 34], ['penalty', 38], ['abnormal', 7], ['taxViolation', 0.5], ['debtor', 1.5], ['honour', 4], ['honestMerchant', 6], ['rating', 6]],
  institution: [['licence', 55], ['penalty', 15], ['honour', 25], ['rating', 5]],
  social_org: [['licence', 35], ['penalty', 15], ['honour', 25], ['rating', 25]],
  government: [['licence', 50], ['honour', 50]],
  person: [['penalty', 60], ['honour', 30], ['debtor', 10]],
};
const HEAVY_MIX: Mix = [['licence', 50], ['penalty', 44], ['honour', 3], ['honestMerchant', 1], ['rating', 2]];

/** Deregistered and revoked businesses were far more often listed as abnormal first. */
function mixFor(s: DemoRecordSubject): Mix {
  const mix = MIX[s.type];
  return s.status === 'active' ? mix : mix.map(([k, w]) => [k, k === 'abnormal' ? w * 4 : w] as const);
}

const pickFrom = <T>(random: Random, items: readonly T[]): T | null => (items.length === 0 ? null : random.pick(items));

const BUILDERS: Readonly<Record<Kind, RecordBuilder>> = {
  licence: (c) => {
    const kind = pickFrom(c.random, licenceKindsFor(c.subject));
    return kind && licenceRecord(c, kind);
  },
  penalty: (c) => {
    const kase = pickFrom(c.random, PENALTY_CASES.filter((k) => k.fits(c.subject)));
    return kase && penaltyRecord(c, kase);
  },
  abnormal: (c) => (c.subject.type === 'enterprise' || c.subject.type === 'individual_business' ? abnormalOperationRecord(c) : null),
  taxViolation: (c) => (c.subject.type === 'enterprise' || c.subject.type === 'individual_business' ? majorTaxViolationRecord(c) : null),
  debtor: dishonestDebtorRecord,
  honour: (c) => {
    const honour = pickFrom(c.random, honoursFor(c.subject));
    return honour && commendationRecord(c, honour);
  },
  honestMerchant: (c) => (fitsHonestMerchant(c.subject) ? honestMerchantRecord(c) : null),
  rating: (c) => {
    const rating = pickFrom(c.random, ratingsFor(c.subject));
    return rating && ratingRecord(c, rating);
  },
};

/** FNV-1a of the subject's identifier: its PRNG stream. */
function streamOf(s: DemoRecordSubject): number {
  let h = 0x811c9dc5;
  for (const ch of s.code ?? s.idNumber ?? s.name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
  return h >>> 0;
}

/** How many records an ordinary subject gets: none for 30%, else 1 + geometric, with the overall mean ≈ perSubject. */
function countFor(random: Random, perSubject: number): number {
  if (random.chance(SHARE_WITHOUT_RECORDS)) return 0;
  const mean = perSubject / (1 - SHARE_WITHOUT_RECORDS);
  if (mean <= 1) return 1;
  const p = (mean - 1) / mean;
  return Math.min(Math.ceil(TAIL_CAP * mean), 1 + Math.floor(Math.log(1 - random.next()) / Math.log(p)));
}

/** The natural key part that must stay unique within a subject: a rating's period. */
const periodKey = (r: DemoRecord) => (typeof r.raw.period === 'string' ? `${r.typeCode}|${r.raw.period}` : null);

/**
 * A stateful generator over subjects in a fixed order: `recordsOf` gives one
 * subject's records. State: the document series and how many heavy subjects
 * are still to come (the first active retail or catering enterprises).
 */
export function createDemoRecordGenerator(opts: DemoRecordOptions) {
  if (!Number.isSafeInteger(opts.seed)) throw new RangeError('seed must be an integer');
  if (!(opts.perSubject >= 0)) throw new RangeError('perSubject must be 0 or more');
  const series = new Map<string, number>();
  const earliest = addDays(opts.anchor, -SPAN_DAYS);
  let heavyLeft = HEAVY_SUBJECTS;

  return {
    recordsOf(subject: DemoRecordSubject): DemoRecord[] {
      if (opts.perSubject === 0) return [];
      const from = later(earliest, subject.establishedOn ?? earliest);
      if (from > opts.anchor) return [];
      const random = createRandom(opts.seed, streamOf(subject));
      const heavy = heavyLeft > 0 && subject.type === 'enterprise' && subject.status === 'active' && /^[FH]$/.test(subject.industry ?? '');
      if (heavy) heavyLeft -= 1;
      const revoked = subject.status === 'revoked' && (subject.type === 'enterprise' || subject.type === 'individual_business');
      const count = heavy ? Math.round(HEAVY_PER_UNIT * opts.perSubject) : Math.max(countFor(random, opts.perSubject), revoked ? 1 : 0);
      const context = (date: string): RecordContext => ({
        subject, random, date, from, anchor: opts.anchor,
        serial(name) {
          // Numbers other decisions took in between leave gaps, as in any real series.
          const n = (series.get(name) ?? 0) + 1 + (random.chance(0.3) ? random.int(1, 3) : 0);
          series.set(name, n);
          return n;
        },
      });
      // Recent years a little more often: a department's output grows, and old records were fewer digitised.
      const span = toDayNumber(opts.anchor) - toDayNumber(from);
      const drawDate = () => addDays(opts.anchor, -Math.floor(span * random.next() ** 1.2));

      const out: DemoRecord[] = [];
      const periods = new Set<string>();
      if (revoked) {
        const kase = REVOCATION[subject.type as 'enterprise' | 'individual_business'];
        const record = penaltyRecord(context(dayBetween(random, later(from, addDays(opts.anchor, -REVOCATION_DAYS)), opts.anchor)), kase);
        if (record) out.push(record);
      }
      const mix = heavy ? HEAVY_MIX : mixFor(subject);
      while (out.length < count) {
        let record: DemoRecord | null = null;
        // A kind that does not fit the subject (no licence for its trade, a rating period taken) gives way to another draw.
        for (let attempt = 0; attempt < 6 && record === null; attempt++) {
          const candidate = BUILDERS[random.weighted(mix)](context(drawDate()));
          const key = candidate && periodKey(candidate);
          if (candidate === null || (key && periods.has(key))) continue;
          if (key) periods.add(key);
          record = candidate;
        }
        if (record === null) break;
        out.push(record);
      }
      return out;
    },
  };
}

/** The demo records of `subjects`, in order (a pure function of the subjects and the options). */
export function* generateDemoRecords(subjects: Iterable<DemoRecordSubject>, opts: DemoRecordOptions): Generator<DemoRecord> {
  const generator = createDemoRecordGenerator(opts);
  for (const subject of subjects) yield* generator.recordsOf(subject);
}
