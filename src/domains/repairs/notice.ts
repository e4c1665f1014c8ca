import { z } from 'zod';
import { DECISION_WORKING_DAYS, MAX_ATTACHMENT_BYTES } from './schema.js';

/**
 * 信用修复告知书 (两书同达, SPEC §8): issued with every penalty and every list
 * decision, telling the subject when and how it may apply for repair, with
 * what proof, and by when the office decides. Generated (pure) from the record
 * or the entry and the catalogue rule; nothing is stored.
 */
export const repairNoticeSchema = z
  .object({
    kind: z.enum(['record', 'list_entry']),
    id: z.string(),
    subjectId: z.string(),
    title: z.string(),
    decisionNo: z.string().nullable(),
    decisionDate: z.string().nullable(),
    decidedBy: z.string().nullable(),
    severity: z.string().nullable(),
    /** the first day an application may be made; null for a list entry (it ends with the records it rests on) */
    opensOn: z.string().nullable(),
    /** the last day the record is public, or the entry's planned exit: repair after it is moot */
    endsOn: z.string().nullable(),
    when: z.string(),
    how: z.array(z.string()),
    proof: z.array(z.string()),
    deadline: z.string(),
    legalBasis: z.string(),
  })
  .meta({ id: 'RepairNotice' });
export type RepairNotice = z.infer<typeof repairNoticeSchema>;

const TIER_NAME: Record<string, string> = { minor: '轻微', general: '一般', serious: '严重' };
const LEGAL_BASIS = '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展和改革委员会令2023年第58号）';
const HOW = [
  '登录平台“我的信用 › 信用修复”，选择该记录，点击“申请信用修复”；也可到信用工作机构窗口由工作人员代为提交。',
  '填写履行义务、纠正失信行为的情况，上传证明材料，并签署《信用修复承诺书》。',
  '可随时在“我的信用 › 信用修复”查看办理进度；结果另行通知。',
];
const PROOF = [
  '已履行行政处罚决定等法定义务的证明（如罚款缴纳凭证、整改完成的证明）',
  `证明材料为 PDF、JPEG 或 PNG 格式，每份不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，最多 5 份`,
];
const DEADLINE = `信用工作机构收到申请后予以受理或不予受理；受理后 ${DECISION_WORKING_DAYS} 个工作日内作出修复决定（按工作日历计算）。`;

export interface NoticeRecord {
  id: string;
  subjectId: string;
  typeName: string;
  docNo: string;
  decisionDate: string;
  source: string;
  severity: string | null;
  publicityEnd: string | null;
}

export function recordRepairNotice(r: NoticeRecord, opensOn: string): RepairNotice {
  const tier = r.severity ?? 'general';
  const when = tier === 'minor'
    ? `本记录为轻微失信，履行相关义务后即可申请信用修复（自 ${opensOn} 起）。`
    : `本记录为${TIER_NAME[tier] ?? ''}失信，最短公示期届满后，自 ${opensOn} 起可申请信用修复；公示期至 ${r.publicityEnd ?? '—'} 届满后不再公示，无需申请。`;
  return {
    kind: 'record', id: r.id, subjectId: r.subjectId, title: `信用修复告知书（${r.typeName}）`, decisionNo: r.docNo, decisionDate: r.decisionDate,
    decidedBy: r.source, severity: r.severity, opensOn, endsOn: r.publicityEnd, when, how: HOW, proof: PROOF, deadline: DEADLINE, legalBasis: LEGAL_BASIS,
  };
}

export interface NoticeEntry {
  id: string;
  subjectId: string;
  listName: string;
  decisionNo: string | null;
  decisionDate: string | null;
  decidedBy: string | null;
  effectiveTo: string | null;
  removalConditions: string;
}

export function entryRepairNotice(e: NoticeEntry): RepairNotice {
  return {
    kind: 'list_entry', id: e.id, subjectId: e.subjectId, title: `信用修复告知书（${e.listName}）`, decisionNo: e.decisionNo, decisionDate: e.decisionDate,
    decidedBy: e.decidedBy, severity: null, opensOn: null, endsOn: e.effectiveTo,
    when: `移出条件：${e.removalConditions} 列入所依据的信用记录完成信用修复后，本条目自修复之日起提前移出；计划移出日期 ${e.effectiveTo ?? '—（至移出为止）'}。`,
    how: HOW, proof: PROOF, deadline: DEADLINE, legalBasis: LEGAL_BASIS,
  };
}
