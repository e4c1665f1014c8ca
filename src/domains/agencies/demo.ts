import { systemActor } from '../../kernel/actor.js';
import { orgCodeCheckChar, usccCheckChar } from '../identifiers/index.js';
import type { AgencyRegistry } from './service.js';
import type { AgencyCreateInput } from './schema.js';

const uscc = (n: number) => {
  const body = String(n).padStart(8, '0');
  const first17 = `91440305${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
};

/** A handful of fictitious agencies for the demo installation. */
export const DEMO_AGENCIES: AgencyCreateInput[] = [
  { name: '深圳市南山诚信评估有限公司', uscc: uscc(61100001), legalRep: '陈明', address: '深圳市南山区粤海街道科技南路18号', services: ['credit_rating', 'credit_report'], filingNo: '深南信备〔2024〕001号', filedOn: '2024-03-12' },
  { name: '深圳前海信用管理咨询有限公司', uscc: uscc(61100002), legalRep: '林晓', address: '深圳市南山区招商街道蛇口工业七路6号', services: ['credit_consulting', 'credit_repair_training'], filingNo: '深南信备〔2024〕002号', filedOn: '2024-05-20' },
  { name: '深圳市蛇口企业征信服务有限公司', uscc: uscc(61100003), legalRep: '黄伟', address: '深圳市南山区蛇口街道望海路1066号', services: ['credit_investigation', 'credit_reference'], filingNo: '深南信备〔2025〕003号', filedOn: '2025-01-08' },
  { name: '深圳西丽信用数据科技有限公司', uscc: uscc(61100004), legalRep: '周静', address: '深圳市南山区西丽街道留仙大道3370号', services: ['credit_report', 'other'], filingNo: '深南信备〔2025〕004号', filedOn: '2025-06-30' },
];

/** Files the demo agencies not yet registered (idempotent); how many were added. */
export async function seedDemoAgencies(agencies: Pick<AgencyRegistry, 'create' | 'find'>): Promise<number> {
  let added = 0;
  for (const a of DEMO_AGENCIES) {
    if (await agencies.find(a.uscc)) continue;
    await agencies.create(systemActor, a);
    added += 1;
  }
  return added;
}
