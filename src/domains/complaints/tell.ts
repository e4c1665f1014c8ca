import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Notify } from './ports.js';
import { complaintRepo as repo, type ComplaintRow } from './repo.js';

const OUTCOME_TEXT: Record<string, string> = { substantiated: '查证属实', not_substantiated: '查证不属实', referred: '已移送有关部门' };

/** The notices of each step (zh-CN): the complainant by the contact they gave, the department's handlers in-app. */
export function createTeller(notify: Notify) {
  const complainant = (trx: Kysely<DB>, r: ComplaintRow, topic: string, title: string, body: string) =>
    notify(trx, { recipient: { kind: 'contact', contact: r.complainantContact }, topic, title, body, link: '/complaints/track' });

  return {
    async received(trx: Kysely<DB>, r: ComplaintRow) {
      await complainant(trx, r, 'complaint.received', `投诉举报已登记（${r.caseNo}）`,
        `您提交的投诉举报已登记，受理编号 ${r.caseNo}。请凭受理编号和提交时显示的查询码查询办理进度。`);
    },
    async assigned(trx: Kysely<DB>, r: ComplaintRow, departmentName: string) {
      for (const userId of await repo.departmentHandlers(trx, r.departmentId!)) {
        await notify(trx, {
          recipient: { kind: 'user', userId }, topic: 'complaint.assigned', title: `新的投诉举报待受理（${r.caseNo}）`,
          body: `关于“${r.subjectName}”的投诉举报已分派${departmentName}办理，请于 ${r.stepDeadline} 前受理。`, link: `/console/complaints/${r.id}`,
        });
      }
      await complainant(trx, r, 'complaint.assigned', `投诉举报已转承办部门（${r.caseNo}）`, `您的投诉举报 ${r.caseNo} 已转${departmentName}办理。`);
    },
    async started(trx: Kysely<DB>, r: ComplaintRow) {
      await complainant(trx, r, 'complaint.in_progress', `投诉举报已受理（${r.caseNo}）`, `您的投诉举报 ${r.caseNo} 已由承办部门受理，预计于 ${r.stepDeadline} 前办结。`);
    },
    async concluded(trx: Kysely<DB>, r: ComplaintRow) {
      await complainant(trx, r, 'complaint.concluded', `投诉举报已办结（${r.caseNo}）`,
        `您的投诉举报 ${r.caseNo} 已办结，结论：${OUTCOME_TEXT[r.outcome ?? ''] ?? r.outcome}。${r.outcomeText ?? ''}`);
    },
    async rejected(trx: Kysely<DB>, r: ComplaintRow) {
      await complainant(trx, r, 'complaint.rejected', `投诉举报不予受理（${r.caseNo}）`, `您的投诉举报 ${r.caseNo} 不予受理，理由：${r.rejectionReason ?? ''}`);
    },
  };
}

export type Teller = ReturnType<typeof createTeller>;
