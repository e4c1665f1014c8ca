// Positive records (表彰奖励, 南山诚信商家) and the yearly ratings departments
// give (纳税信用等级, 食品安全量化分级, 社会组织评估等级).
import { addDays, addMonths } from '../../../kernel/calendar/index.js';
import type { DemoDepartmentKey } from './demo-departments.js';
import { DEMO_DEPARTMENTS } from './demo-departments.js';
import { authorityOf, docNo, inSections, isMarket, party, type DemoRecord, type DemoRecordSubject, type RecordContext } from './record-kit.js';

interface Honour {
  department: DemoDepartmentKey;
  prefix: string;
  fits(s: DemoRecordSubject): boolean;
  name: string;
  kind: '政府表彰' | '行业协会表彰' | '守合同重信用企业' | '诚信示范单位' | '劳动保障守法诚信示范企业' | '诚信旅游示范单位' | '其他';
  /** years the title is valid; undefined: the catalogue's 3 years of publicity */
  years?: number;
}

const HONOURS: readonly Honour[] = [
  { department: 'market', prefix: '深市监南', fits: (s) => s.type === 'enterprise', name: '南山区“守合同重信用”企业', kind: '守合同重信用企业', years: 2 },
  { department: 'labour', prefix: '深南人社', fits: (s) => s.type === 'enterprise', name: '南山区劳动保障守法诚信示范企业', kind: '劳动保障守法诚信示范企业', years: 3 },
  { department: 'safety', prefix: '深南应急', fits: (s) => s.type !== 'person' && s.type !== 'individual_business', name: '南山区安全生产工作先进单位', kind: '政府表彰' },
  { department: 'market', prefix: '深市监南', fits: (s) => s.type === 'individual_business', name: '南山区诚信经营示范店', kind: '诚信示范单位', years: 2 },
  { department: 'civil', prefix: '深南民', fits: (s) => s.type === 'social_org', name: '南山区品牌社会组织', kind: '政府表彰' },
  { department: 'civil', prefix: '深南民', fits: (s) => s.type === 'person', name: '南山区优秀志愿者', kind: '政府表彰' },
];

export const honoursFor = (s: DemoRecordSubject): readonly Honour[] => HONOURS.filter((h) => h.fits(s));

/** 表彰奖励: public three years, or while the title is valid. */
export function commendationRecord(c: RecordContext, honour: Honour): DemoRecord | null {
  const subject = party(c.subject, { personCode: true });
  if (!subject) return null;
  return {
    typeCode: 'commendation',
    department: honour.department,
    raw: {
      ...subject,
      decisionNo: docNo(c, honour.prefix),
      honourName: `${Number(c.date.slice(0, 4)) - 1}年度${honour.name}`,
      honourKind: honour.kind,
      honourLevel: '区级',
      decisionDate: c.date,
      ...(honour.years && { validUntil: addDays(addMonths(c.date, 12 * honour.years), -1) }),
      ...authorityOf(honour.department),
    },
  };
}

/** 南山诚信商家 (plan 第四章第一节): shops and traders, the title valid two years. */
export function honestMerchantRecord(c: RecordContext): DemoRecord | null {
  const subject = party(c.subject);
  if (!subject) return null;
  return {
    typeCode: 'honest_merchant',
    department: 'market',
    raw: {
      ...subject,
      decisionNo: docNo(c, '南诚商'),
      awardedOn: c.date,
      validUntil: addDays(addMonths(c.date, 24), -1),
      authority: '南山区诚信商家联盟',
      sourceDept: DEMO_DEPARTMENTS.market.name,
      sourceDeptCode: DEMO_DEPARTMENTS.market.code,
    },
  };
}

export const fitsHonestMerchant = (s: DemoRecordSubject) => s.type === 'individual_business' || (s.type === 'enterprise' && inSections(s, 'FH'));

interface Rating {
  typeCode: string;
  department: DemoDepartmentKey;
  fits(s: DemoRecordSubject): boolean;
  grades: readonly (readonly [string, number])[];
  /** the period a rating made on `date` is for, and the day it is published */
  period(date: string): { period: string; ratedOn: string };
  extra?(c: RecordContext, grade: string): Record<string, unknown>;
}

const TAX_SCORE: Record<string, readonly [number, number]> = { A: [90, 100], B: [70, 89], M: [70, 89], C: [40, 69], D: [0, 39] };

export const RATINGS: readonly Rating[] = [
  {
    // 纳税信用等级: the tax authority publishes year Y's grades in April of Y + 1.
    typeCode: 'tax_credit_rating', department: 'tax', fits: (s) => s.type === 'enterprise',
    grades: [['A', 25], ['B', 45], ['M', 15], ['C', 12], ['D', 3]],
    period: (date) => {
      const y = Number(date.slice(0, 4));
      const year = date.slice(5) >= '04-20' ? y : y - 1;
      return { period: String(year - 1), ratedOn: `${year}-04-20` };
    },
    extra: (c, grade) => ({ score: c.random.int(...TAX_SCORE[grade]!) }),
  },
  {
    typeCode: 'food_safety_rating', department: 'market', fits: (s) => isMarket(s) && inSections(s, 'H'),
    grades: [['A', 30], ['B', 55], ['C', 15]],
    period: (date) => ({ period: date.slice(0, 4), ratedOn: date }),
    extra: (c) => ({ businessKind: c.random.pick(['小型餐馆', '中型餐馆', '快餐店', '小吃店', '饮品店']) }),
  },
  {
    typeCode: 'social_org_assessment', department: 'civil', fits: (s) => s.type === 'social_org',
    grades: [['5A', 5], ['4A', 20], ['3A', 45], ['2A', 20], ['1A', 10]],
    period: (date) => ({ period: date.slice(0, 4), ratedOn: date }),
  },
];

export const ratingsFor = (s: DemoRecordSubject): readonly Rating[] => RATINGS.filter((r) => r.fits(s));

/** A rating (natural key: the subject's code + the period); null when the period falls outside the subject's window. */
export function ratingRecord(c: RecordContext, rating: Rating): DemoRecord | null {
  const subject = party(c.subject, { legalRep: false });
  const { period, ratedOn } = rating.period(c.date);
  if (!subject || ratedOn < c.from || ratedOn > c.anchor) return null;
  const grade = c.random.weighted(rating.grades);
  return {
    typeCode: rating.typeCode,
    department: rating.department,
    raw: { ...subject, period, grade, ...rating.extra?.(c, grade), ratedOn, ...authorityOf(rating.department) },
  };
}
