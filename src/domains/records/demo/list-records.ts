// Records that stand as entries of upstream lists: 经营异常名录 (market
// regulator), 重大税收违法失信主体 (tax bureau) and 失信被执行人 (the district
// court). About half the listings have since ended (removal, payment, the
// court's end date), so their publicity is over.
import { addDays, addMonths } from '../../../kernel/calendar/index.js';
import { DEMO_DEPARTMENTS } from './demo-departments.js';
import {
  authorityOf, cnDate, dayBetween, daysBefore, docNo, earlier, party, yuanBetween, yuanText, type DemoRecord, type RecordContext,
} from './record-kit.js';

const LISTING_REASONS = [
  ['未依照《企业信息公示暂行条例》第八条规定的期限公示年度报告', 6],
  ['通过登记的住所或者经营场所无法联系', 3],
  ['未在市场监督管理部门依照《企业信息公示暂行条例》第十条规定责令的期限内公示有关企业信息', 1],
] as const;
const REMOVAL_REASONS: Record<string, string> = {
  [LISTING_REASONS[0][0]]: '补报未报年份的年度报告并公示，依照《企业经营异常名录管理暂行办法》第十一条规定申请移出',
  [LISTING_REASONS[1][0]]: '依法办理住所变更登记，依照《企业经营异常名录管理暂行办法》第十三条规定申请移出',
  [LISTING_REASONS[2][0]]: '履行公示义务并公示相关信息，依照《企业经营异常名录管理暂行办法》第十二条规定申请移出',
};

/** A day between `months` after `from` and the anchor, or null when that is past the anchor. */
function laterDay(c: RecordContext, from: string, minDays: number, maxMonths: number): string | null {
  const first = addDays(from, minDays);
  return first > c.anchor ? null : dayBetween(c.random, first, earlier(addMonths(from, maxMonths), c.anchor));
}

/** 经营异常名录: listed by the market regulator; 55% removed since (removal ends publicity). */
export function abnormalOperationRecord(c: RecordContext): DemoRecord | null {
  const subject = party(c.subject);
  if (!subject) return null;
  const reason = c.random.weighted(LISTING_REASONS);
  const removedOn = c.random.chance(0.55) ? laterDay(c, c.date, 20, 18) : null;
  const market = DEMO_DEPARTMENTS.market.name;
  return {
    typeCode: 'abnormal_operation',
    department: 'market',
    raw: {
      ...subject,
      decisionNo: docNo(c, '深市监南异列'),
      listReason: reason,
      listedOn: c.date,
      listAuthority: market,
      ...(removedOn && { removedOn, removalReason: REMOVAL_REASONS[reason], removalAuthority: market }),
      sourceDept: market,
      sourceDeptCode: DEMO_DEPARTMENTS.market.code,
    },
  };
}

/** 重大税收违法失信主体 (国家税务总局令第54号): published three years, stopped early when the subject pays. */
export function majorTaxViolationRecord(c: RecordContext): DemoRecord | null {
  const subject = party(c.subject, { personCode: true });
  if (!subject) return null;
  const tax = yuanBetween(c.random, [300_000, 8_000_000], 1000);
  const from = `${Number(c.date.slice(0, 4)) - 2}年1月1日`;
  const to = `${Number(c.date.slice(0, 4)) - 1}年12月31日`;
  const facts = c.random.chance(0.5)
    ? `经国家税务总局深圳市南山区税务局检查，发现其在${from}至${to}期间，主要存在以下问题：采取隐匿收入、虚假申报等手段，不缴或者少缴应纳税款${yuanText(tax)}。`
    : `经国家税务总局深圳市南山区税务局检查，发现其在${from}至${to}期间，主要存在以下问题：虚开增值税专用发票${c.random.int(20, 400)}份，票面额累计${yuanText(tax * 5)}。`;
  const paidOn = c.random.chance(0.4) ? laterDay(c, c.date, 30, 24) : null;
  return {
    typeCode: 'major_tax_violation',
    department: 'tax',
    raw: {
      ...subject,
      decisionNo: docNo(c, '深税南稽罚'),
      decisionDate: c.date,
      ...authorityOf('tax'),
      violationFacts: facts,
      legalGrounds: '《中华人民共和国税收征收管理法》第六十三条；《重大税收违法失信主体信息公布管理办法》第六条',
      measure: `依法追缴税款${yuanText(tax)}，加收滞纳金，并处少缴税款${c.random.pick(['百分之五十', '一倍', '一点五倍'])}的罚款`,
      ...(c.subject.address && { registeredAddress: c.subject.address }),
      taxHandling: `已作出税务处理决定及税务行政处罚决定（${cnDate(daysBefore(c, 20, 60))}送达）`,
      ...(paidOn && { endDate: paidOn, remarks: '当事人已缴清税款、滞纳金和罚款，提前停止公布' }),
    },
  };
}

const DEBTOR_CONDUCT = [
  ['有履行能力而拒不履行生效法律文书确定义务', 6],
  ['违反财产报告制度', 2],
  ['违反限制消费令', 1],
  ['以伪造证据、暴力、威胁等方法妨碍、抗拒执行', 0.5],
] as const;

/** 失信被执行人 published by the Nanshan court: two years unless it sets an end date (法释〔2017〕7号 第二条). */
export function dishonestDebtorRecord(c: RecordContext): DemoRecord | null {
  const subject = party(c.subject, { personCode: true });
  if (!subject) return null;
  const court = DEMO_DEPARTMENTS.court;
  const filedOn = daysBefore(c, 60, 300);
  const endDate = c.random.chance(0.3) ? laterDay(c, c.date, 60, 20) : null;
  const caseNo = `（${filedOn.slice(0, 4)}）粤0305执${c.serial(`court-exec|${filedOn.slice(0, 4)}`) + 1000}号`;
  return {
    typeCode: 'court_dishonest_debtor',
    department: 'court',
    raw: {
      ...subject,
      court: court.name,
      caseNo,
      basisDocNo: `（${Number(filedOn.slice(0, 4)) - 1}）粤0305民初${c.serial(`court-civil|${Number(filedOn.slice(0, 4)) - 1}`) + 3000}号`,
      basisIssuer: court.name,
      obligation: `支付${c.random.pick(['货款', '工程款', '借款', '租金', '劳务报酬'])}人民币${yuanText(yuanBetween(c.random, [20_000, 2_000_000], 1000))}及利息`,
      performance: c.random.chance(0.8) ? '全部未履行' : '部分未履行',
      conduct: c.random.weighted(DEBTOR_CONDUCT),
      filedOn,
      publishedOn: c.date,
      ...(endDate && { endDate }),
      sourceDept: court.name,
      sourceDeptCode: court.code,
    },
  };
}
