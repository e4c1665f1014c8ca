import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { listEntryDetailSchema, listEntryPageSchema, listTypeSchema, presentListType, type ListEntryDetail } from './present.js';
import {
  answerBodySchema, decideBodySchema, entriesQuerySchema, notifyBodySchema, objectionBodySchema, proposeBodySchema, reasonBodySchema,
} from './schema.js';
import type { ListService } from './service.js';

const tags = ['lists'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.strictObject({ id: z.uuid() });
const objectionParams = z.strictObject({ id: z.uuid(), objectionId: z.uuid() });
const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(100).optional().describe('a retry with the same key answers what the first request did, and does nothing twice'),
});
const entryResponses = { 200: listEntryDetailSchema, ...problemResponses };

const requestKey = (request: FastifyRequest) => {
  const key = request.headers['idempotency-key'];
  return { requestKey: typeof key === 'string' && key !== '' ? key.slice(0, 100) : undefined };
};

/** List types (public) and the office's listing procedure (credit office staff, reviewers, the subject for its own entries). */
export function registerListRoutes(app: HttpApp, lists: ListService): void {
  app.get('/api/v1/list-types', {
    schema: {
      tags,
      summary: '名单类型 / list types',
      description: 'Every list type: kind (`red` 守信激励, `watch` 重点关注, `black` 严重失信), origin (`office`: decided through the procedure below; `upstream`: read from the records an upstream authority submits), legal basis, entry criteria, deciding authority, notice period in working days, default duration, removal conditions and remedies.',
      response: { 200: z.object({ items: z.array(listTypeSchema) }), ...problemResponses },
    },
  }, async () => ({ items: (await lists.types()).map(presentListType) }));

  app.post('/api/v1/list-entries', {
    schema: {
      tags, security, headers: idempotencyHeaders,
      summary: '提出列入 / propose a subject for a list (credit office)',
      description: 'Opens an entry in status `proposed` on a list the office decides. Refused for upstream lists (`LIST_TYPE_UPSTREAM`) and when the subject has an open entry on the list (`LIST_ENTRY_DUPLICATE`). 201 with the entry; a retry with the same `Idempotency-Key` answers 200 with the same entry.',
      body: proposeBodySchema,
      response: { 201: listEntryDetailSchema, ...entryResponses },
    },
  }, async (request, reply) => {
    const { entry, created } = await lists.propose(request.actor, request.body, requestKey(request));
    return reply.code(created ? 201 : 200).send(entry);
  });

  app.get('/api/v1/list-entries', {
    schema: {
      tags, security,
      summary: '名单条目 / list entries (credit office, reviewers, auditors; a subject its own)',
      description: '`status` is one of proposed, notified, in_effect, expired (in effect past its last day), removed, revoked, withdrawn. `subject` is a code or a subject id.',
      querystring: entriesQuerySchema,
      response: { 200: listEntryPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return lists.list(request.actor, request.query);
  });

  app.get('/api/v1/list-entries/:id', {
    schema: {
      tags, security,
      summary: '名单条目及其历史 / an entry with its history and objections',
      params: idParams,
      response: entryResponses,
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return lists.get(request.actor, request.params.id);
  });

  const step = (path: string, summary: string, description: string, body: z.ZodType, handler: (request: FastifyRequest<{ Params: { id: string } }>) => Promise<ListEntryDetail>) =>
    app.post(`/api/v1/list-entries/:id/${path}`, {
      schema: { tags, security, headers: idempotencyHeaders, summary, description, params: idParams, body, response: entryResponses },
    }, async (request) => handler(request as FastifyRequest<{ Params: { id: string } }>));

  step('notify', '告知 / notify the subject (credit office)',
    'Sets the notice date to today and the objection deadline to today + the type\'s notice period in working days (the calendar\'s). Only a `proposed` entry.',
    notifyBodySchema, (r) => lists.notify(r.actor, r.params.id, r.body, requestKey(r)));
  step('objections', '提出异议 / object while the notice is open (the subject, or credit office staff on its behalf)',
    'Recorded on the entry; the decider must answer it before deciding. `LIST_OBJECTION_WINDOW_CLOSED` outside the window.',
    objectionBodySchema, (r) => lists.object(r.actor, r.params.id, r.body, requestKey(r)));
  step('decide', '作出列入决定 / decide (reviewers)',
    'Needs the notice first (`LIST_NOTICE_REQUIRED`), the objection window closed (`LIST_OBJECTION_WINDOW_OPEN`; unless the subject objected and every objection is answered) and every objection answered (`LIST_OBJECTION_UNANSWERED`). In effect from `effectiveFrom` through `effectiveTo`.',
    decideBodySchema, (r) => lists.decide(r.actor, r.params.id, r.body, requestKey(r)));
  step('remove', '提前移出 / remove early, e.g. after repair (reviewers)', 'Ends an entry in effect from today on (`LIST_ENTRY_NOT_IN_EFFECT` otherwise).',
    reasonBodySchema, (r) => lists.remove(r.actor, r.params.id, r.body, requestKey(r)));
  step('revoke', '撤销 / revoke an unlawful listing (reviewers)', 'The entry counts as never in effect, for every day.',
    reasonBodySchema, (r) => lists.revoke(r.actor, r.params.id, r.body, requestKey(r)));
  step('withdraw', '撤回拟列入 / withdraw a proposal before the decision (credit office, reviewers)', 'Only a `proposed` or `notified` entry.',
    reasonBodySchema, (r) => lists.withdraw(r.actor, r.params.id, r.body, requestKey(r)));

  app.post('/api/v1/list-entries/:id/objections/:objectionId/answer', {
    schema: {
      tags, security, headers: idempotencyHeaders,
      summary: '答复异议 / answer an objection (reviewers)',
      params: objectionParams,
      body: answerBodySchema,
      response: entryResponses,
    },
  }, async (request) => lists.answer(request.actor, request.params.id, request.params.objectionId, request.body, requestKey(request)));
}
