import { z } from 'zod';
import { DomainError } from '../kernel/errors.js';
import type { WebContext } from './web-context.js';
import type { View } from './view.js';
import { queryText } from './console-page.js';
import { echoInput } from './mask.js';

/** The audit page's filter form as asked (echoed masked), what it resolved to, and why a part was not applied. */
export interface AuditFilters {
  form: { subject: string; user: string; department: string; action: string; from: string; to: string };
  query: { subjectId?: string; actorId?: string; departmentId?: string; action?: string; from?: string; to?: string };
  notices: string[];
}

const isUuid = (v: string) => z.uuid().safeParse(v).success;
const isDate = (v: string) => z.iso.date().safeParse(v).success;
const notFound = (err: unknown) => err instanceof DomainError && err.status === 404;

/**
 * `/console/audit?subject=&user=&department=&action=&from=&to=` (issue 4 §6):
 * a subject by its code or id, a user by id, a department by its code or id,
 * an action, a period in China dates. What cannot be resolved is left out and
 * said so; nothing typed is echoed unmasked (an ID number stays masked).
 */
export async function resolveAuditFilters(web: WebContext, view: View, query: unknown): Promise<AuditFilters> {
  const { subjects, accounts } = web.services;
  const text = (name: string, max = 60) => queryText(query, name, max)?.trim() ?? '';
  const asked = { subject: text('subject'), user: text('user'), department: text('department'), action: text('action', 100), from: text('from', 10), to: text('to', 10) };
  const out: AuditFilters = { form: { ...asked, subject: echoInput(asked.subject) }, query: {}, notices: [] };
  const missing = (what: 'subject' | 'user' | 'department', value: string) =>
    out.notices.push(view.t('audit.filter.notFound', { what: view.t(`audit.filter.what.${what}`), value: echoInput(value) }));

  if (asked.subject) {
    if (isUuid(asked.subject)) out.query.subjectId = asked.subject;
    else {
      try {
        out.query.subjectId = (await subjects.getByCode(asked.subject)).id;
      } catch (err) {
        if (!notFound(err) && !(err instanceof DomainError && err.status === 400)) throw err;
        missing('subject', asked.subject);
      }
    }
  }
  if (asked.user) {
    if (isUuid(asked.user)) out.query.actorId = asked.user;
    else missing('user', asked.user);
  }
  if (asked.department) {
    const dept = isUuid(asked.department) ? asked.department : (await accounts.findDepartmentByCode(asked.department))?.id;
    if (dept) out.query.departmentId = dept;
    else missing('department', asked.department);
  }
  if (asked.action) out.query.action = asked.action;
  if ((asked.from && !isDate(asked.from)) || (asked.to && !isDate(asked.to))) out.notices.push(view.t('audit.filter.badDate'));
  else {
    if (asked.from) out.query.from = asked.from;
    if (asked.to) out.query.to = asked.to;
  }
  return out;
}
