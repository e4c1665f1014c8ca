import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { chinaDate, type Clock } from '../kernel/clock.js';
import { DomainError, NotFoundError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import { SESSION_COOKIE, setSessionCookie } from '../domains/accounts/index.js';
import { ARCHIVE_CATEGORIES, type GrantInput } from '../domains/archive/index.js';
import type { WebContext } from './web-context.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { holdsIdNumber } from './mask.js';
import { redirect, sendPage } from './respond.js';
import { HIDDEN, pageNumber, queryText } from './console-page.js';
import type { MessageKey } from './i18n/index.js';
import type { View } from './view.js';
import { activationPage, EMPTY_ACTIVATION, type ActivationForm } from './pages/activation.js';
import { meArchivePage } from './pages/me-archive.js';
import { meAuthorisationsPage, type GrantForm } from './pages/me-authorisations.js';
import { meInquiriesPage } from './pages/me-inquiries.js';
import { ARCHIVE_PAGE_SIZE, firstCategory, parseArchiveTab, type ArchiveRecord } from './pages/me-records.js';
import { fieldTypesOf } from './pages/portal-values.js';
import { errorPage } from './pages/error-page.js';
import { mySubjectId, ownSubject as ownSubjectOf } from './me-subject.js';

const LIST_SIZE = 20;
const CATEGORY_CODES = ARCHIVE_CATEGORIES.map((c) => c.category);
const isUuid = (value: string) => z.uuid().safeParse(value).success;
/** Refusals the activation form explains in its own words; anything else is an error page. */
const ACTIVATION_FAILURES = new Set(['ACTIVATION_CODE_INVALID', 'USERNAME_TAKEN', 'VALIDATION_FAILED']);
const GRANT_FAILURES = new Set(['VALIDATION_FAILED', 'PURPOSE_REQUIRED']);

/** A service refusal as the page shows it: the message and each field's reason, in the page's language. */
const refusal = (view: View, err: DomainError) => ({
  message: inLang(err.message, view.lang),
  details: (err.errors ?? []).map((e) => inLang(e.message, view.lang)),
});

/**
 * Subject self-service in the browser (docs/web.md, "Subject self-service"):
 * `/activate` opens a `subject` account with a one-time code; `/me` is that
 * account's own archive at the authorised level, `/me/authorisations` its
 * grants (授权查询), `/me/inquiries` its inquiry record (查询记录). Every
 * page reads through the archive service, which decides again on each call.
 */
export function registerSelfServiceRoutes(app: HttpApp, web: WebContext, clock: Clock): void {
  const { accounts, archive, catalog, subjects } = web.services;

  const ownSubject = (subjectId: string) => ownSubjectOf(subjects, subjectId);

  app.get('/activate', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, activationPage(view, EMPTY_ACTIVATION));
  });

  app.post('/activate', { ...HIDDEN, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const view = web.view(request, reply);
    // Like the sign-in form: another site must not open (and sign a visitor in to) an account of its choosing.
    if (request.headers['sec-fetch-site'] === 'cross-site') return sendPage(reply, view, 403, errorPage(view, { status: 403 }));
    const input = {
      code: formField(request, 'code', 40).trim(),
      subjectCode: formField(request, 'subjectCode', 40).trim(),
      username: formField(request, 'username', 64).trim(),
      displayName: formField(request, 'displayName', 100).trim(),
      password: formField(request, 'password'),
    };
    // An ID number typed as the subject code is never written back into the page.
    const again: ActivationForm = { subjectCode: holdsIdNumber(input.subjectCode) ? '' : input.subjectCode, username: input.username, displayName: input.displayName };
    const refuse = (status: number, error: string, details: string[] = []) =>
      sendPage(reply, view, status, activationPage(view, { ...again, error, details }));
    if (Object.values(input).some((v) => v === '')) return refuse(400, view.t('activate.error.missing'));
    if (input.password !== formField(request, 'confirmPassword')) return refuse(400, view.t('activate.error.mismatch'));
    let username: string;
    try {
      username = (await archive.redeemActivationCode(request.actor, input)).username;
    } catch (err) {
      if (!(err instanceof DomainError) || !ACTIVATION_FAILURES.has(err.code)) throw err;
      if (err.code === 'VALIDATION_FAILED') {
        const { message, details } = refusal(view, err);
        return refuse(400, message, details);
      }
      return refuse(err.status, view.t(`activate.error.${err.code}` as MessageKey));
    }
    const meta = { ip: request.ip, requestId: request.id };
    try {
      const session = await accounts.login({ username, password: input.password }, meta);
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await accounts.logout(previous, meta);
      setSessionCookie(reply, session.token, session.expiresAt, web.secure);
      return redirect(reply, '/me?welcome=1');
    } catch (err) {
      // The account exists; signing in is the only step left.
      if (err instanceof DomainError && err.status < 500) return redirect(reply, '/login?next=/me');
      throw err;
    }
  });

  app.get('/me', HIDDEN, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    const asked = parseArchiveTab(request.query, CATEGORY_CODES);
    const overview = await archive.overview(request.actor, { subjectId });
    if (overview.audience === 'public') throw new Error('a subject reads its own archive above the public level');
    const category = asked.category ?? firstCategory(overview);
    const [records, types] = await Promise.all([
      archive.records(request.actor, { subjectId, category, page: asked.page, pageSize: ARCHIVE_PAGE_SIZE }),
      catalog.list(),
    ]);
    const s = overview.subject;
    return sendPage(reply, view, 200, meArchivePage(view, {
      subject: { name: s.name, code: s.code, idNumberMasked: s.idNumberMasked },
      overview, category,
      records: { items: records.items as ArchiveRecord[], page: records.page, hasMore: records.hasMore },
      fieldTypes: fieldTypesOf(types),
      asOf: chinaDate(clock),
      welcome: queryText(request.query, 'welcome', 1) === '1',
    }));
  });

  const today = () => chinaDate(clock);
  const emptyGrant = (): GrantForm => ({ granteeKind: 'user', grantee: '', purpose: '', validFrom: today(), validTo: '' });

  async function grantsPage(request: FastifyRequest, reply: FastifyReply, status: number, state: { form?: GrantForm; refused?: DomainError }) {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    const done = queryText(request.query, 'done', 10);
    const [subject, grants] = await Promise.all([
      ownSubject(subjectId),
      archive.listGrants(request.actor, { page: pageNumber(request.query), pageSize: LIST_SIZE }),
    ]);
    return sendPage(reply, view, status, meAuthorisationsPage(view, {
      subject, grants, form: state.form ?? emptyGrant(), error: state.refused ? refusal(view, state.refused) : undefined,
      done: status === 200 && (done === 'granted' || done === 'revoked') ? done : undefined,
    }));
  }

  app.get('/me/authorisations', HIDDEN, async (request, reply) => grantsPage(request, reply, 200, {}));

  // The accounts hook has checked the form's _csrf against the session before this runs.
  app.post('/me/authorisations', HIDDEN, async (request, reply) => {
    mySubjectId(request.actor);
    const form: GrantForm = {
      granteeKind: formField(request, 'granteeKind', 10) === 'api_key' ? 'api_key' : 'user',
      grantee: formField(request, 'grantee', 64).trim(),
      purpose: formField(request, 'purpose', 200).trim(),
      validFrom: formField(request, 'validFrom', 10).trim(),
      validTo: formField(request, 'validTo', 10).trim(),
    };
    const input: GrantInput = {
      grantee: form.granteeKind === 'user' ? { kind: 'user', username: form.grantee } : { kind: 'api_key', apiKey: form.grantee },
      purpose: form.purpose, validFrom: form.validFrom, validTo: form.validTo,
    };
    try {
      await archive.grant(request.actor, input);
    } catch (err) {
      if (!(err instanceof DomainError) || !GRANT_FAILURES.has(err.code)) throw err;
      return grantsPage(request, reply, 400, { form, refused: err });
    }
    return redirect(reply, '/me/authorisations?done=granted');
  });

  app.post('/me/authorisations/:id/revoke', HIDDEN, async (request, reply) => {
    mySubjectId(request.actor);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new NotFoundError('AUTHORISATION_NOT_FOUND', '未找到该授权 / no such authorisation');
    await archive.revokeGrant(request.actor, id);
    return redirect(reply, '/me/authorisations?done=revoked');
  });

  app.get('/me/inquiries', HIDDEN, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    const [subject, inquiries] = await Promise.all([
      ownSubject(subjectId),
      archive.inquiries(request.actor, { page: pageNumber(request.query), pageSize: LIST_SIZE }),
    ]);
    return sendPage(reply, view, 200, meInquiriesPage(view, subject, inquiries));
  });
}
