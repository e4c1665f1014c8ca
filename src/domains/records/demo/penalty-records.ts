// 行政处罚 rows in the national 双公示 format (SPEC §3.1), every field filled
// as a department publishes it, from a case of penalty-cases.ts.
import { authorityOf, daysBefore, docNo, shuanggongshiParty, wan, yuanBetween, yuanText, type DemoRecord, type RecordContext } from './record-kit.js';
import type { PenaltyCase, PenaltyOutcome } from './penalty-cases.js';

/** 处罚内容 as a decision states it: one clause per kind of penalty. */
function contentOf(o: PenaltyOutcome, fine: number | undefined, gains: number | undefined): string {
  const clause = (kind: string): string => {
    switch (kind) {
      case '罚款': return `罚款人民币${yuanText(fine!)}`;
      case '没收违法所得': return `没收违法所得人民币${yuanText(gains!)}`;
      case '没收非法财物': return `没收${o.takes ?? '非法财物'}`;
      case '吊销许可证件': return `吊销${o.takes ?? '许可证件'}`;
      case '责令停产停业': return '责令停产停业整顿';
      case '限制开展生产经营活动': return '限制生产，停产整治';
      default: return kind;
    }
  };
  return `责令改正违法行为，并作出如下行政处罚：${o.kinds.map(clause).join('；')}。`;
}

/** One 行政处罚 of the case against the context's subject; null when the subject lacks its party fields. */
export function penaltyRecord(c: RecordContext, kase: PenaltyCase): DemoRecord | null {
  const party = shuanggongshiParty(c.subject);
  if (!party) return null;
  const o = c.random.weighted(kase.outcomes.map((x) => [x, x.weight] as const));
  // 行政处罚法 第五十一条: on-the-spot fines go up to 200 元 for a citizen (个体工商户 too), 3,000 元 for an organisation.
  const onTheSpotCap = c.subject.type === 'person' || c.subject.type === 'individual_business' ? 200 : 3000;
  const drawn = o.fine ? yuanBetween(c.random, o.fine, o.step ?? 100) : undefined;
  const fine = drawn !== undefined && o.simple ? Math.min(drawn, onTheSpotCap) : drawn;
  const gains = o.gains ? yuanBetween(c.random, o.gains, 10) : undefined;
  const revokes = o.kinds.includes('吊销许可证件');
  return {
    typeCode: 'admin_penalty',
    department: kase.department,
    raw: {
      ...party,
      decisionNo: docNo(c, o.simple ? kase.prefix.replace(/罚$/, '简罚') : kase.prefix),
      violationType: kase.violationType,
      violationFacts: kase.facts(c.random, daysBefore(c, 10, 75)),
      legalGrounds: kase.legalGrounds,
      penaltyKinds: o.kinds.join('、'),
      content: contentOf(o, fine, gains),
      ...(fine !== undefined && { fineAmount: wan(fine) }),
      ...(gains !== undefined && { confiscatedAmount: wan(gains) }),
      ...(revokes && { suspendedLicences: o.takes === '营业执照' && c.subject.code ? `营业执照（统一社会信用代码：${c.subject.code}）` : (o.takes ?? '许可证件') }),
      decisionDate: c.date,
      ...authorityOf(kase.department),
      ...(o.simple && { simpleProcedure: true }),
    },
  };
}
