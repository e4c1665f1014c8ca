import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { repairNoticeSchema } from './notice.js';
import { repairDetailSchema, repairPageSchema, repairRecordSchema } from './present.js';
import { applyBodySchema, reasonBodySchema, repairsQuerySchema } from './schema.js';
import type { RepairService } from './service.js';

const tags = ['repairs'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.strictObject({ id: z.uuid() });
const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(100).optional().describe('a retry with the same key answers what the first request did, and does nothing twice'),
});
const one = { 200: repairDetailSchema, ...problemResponses };
const requestKey = (request: FastifyRequest) => {
  const key = request.headers['idempotency-key'];
  return { requestKey: typeof key === 'string' && key !== '' ? key.slice(0, 100) : undefined };
};

const candidateSchema = z.object({
  record: repairRecordSchema,
  eligibility: z.object({
    state: z.enum(['eligible', 'not_yet', 'pending', 'repaired', 'not_negative', 'not_public']),
    opensOn: z.string().nullable().describe('the first day an application may be made'),
    obligationFirst: z.boolean().describe('minor records: as soon as the obligation is met'),
  }),
  notice: repairNoticeSchema,
}).meta({ id: 'RepairCandidate' });

/** Credit repair (SPEC §8): the subject's records with eligibility and notices, applications, the office's steps. */
export function registerRepairRoutes(app: HttpApp, repairs: RepairService): void {
  app.get('/api/v1/repairs/candidates', {
    schema: {
      tags, security, summary: '可申请修复的记录 / my negative records with repair eligibility and notice (subject account)',
      description: 'Each active negative record of the signed-in subject account: whether repair may be applied for now, the day it opens, and the repair notice (两书同达).',
      response: { 200: z.object({ items: z.array(candidateSchema) }), ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { items: await repairs.candidates(request.actor, request.actor.subjectId ?? '') };
  });

  app.get('/api/v1/repairs/notices/:kind/:id', {
    schema: {
      tags, security, summary: '信用修复告知书 / the repair notice of a record or a list entry',
      params: z.strictObject({ kind: z.enum(['record', 'list_entry']), id: z.uuid() }),
      response: { 200: repairNoticeSchema, ...problemResponses },
    },
  }, async (request) => repairs.notice(request.actor, request.params.kind, request.params.id));

  app.post('/api/v1/repairs', {
    schema: {
      tags, security, headers: idempotencyHeaders,
      summary: '申请信用修复 / apply for credit repair (the subject; credit office staff on its behalf)',
      description: 'Proof of fulfilment (PDF, JPEG, PNG; ≤ 2 MiB each, ≤ 5) and the credit repair commitment, signed with the application. `REPAIR_NOT_ELIGIBLE` before the minimum publicity period has passed (the message names the day), `REPAIR_ALREADY_OPEN` while another application for the record is open. 201; a retry with the same Idempotency-Key answers 200 with the same application.',
      body: applyBodySchema, response: { 201: repairDetailSchema, ...one },
    },
  }, async (request, reply) => {
    const { repair, created } = await repairs.apply(request.actor, request.body, requestKey(request));
    return reply.code(created ? 201 : 200).send(repair);
  });

  app.get('/api/v1/repairs', {
    schema: {
      tags, security, summary: '信用修复申请 / applications (credit office, reviewers, auditors; a subject its own)',
      description: '`status`: submitted, accepted, refused, approved, rejected, or overdue (accepted, past the decision day).',
      querystring: repairsQuerySchema, response: { 200: repairPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return repairs.list(request.actor, request.query);
  });

  app.get('/api/v1/repairs/:id', {
    schema: { tags, security, summary: '信用修复申请及其办理过程 / an application with its history', params: idParams, response: one },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return repairs.get(request.actor, request.params.id);
  });

  const step = (path: 'accept' | 'refuse' | 'approve' | 'reject', summary: string, description: string) =>
    app.post(`/api/v1/repairs/:id/${path}`, {
      schema: { tags, security, headers: idempotencyHeaders, summary, description, params: idParams, body: reasonBodySchema, response: one },
    }, async (request) => repairs[path](request.actor, (request.params as { id: string }).id, request.body ?? {}, requestKey(request)));

  step('accept', '受理 / accept (credit office)', 'The decision is then due 3 working days later (the working-day calendar). Only a `submitted` application (`REPAIR_TRANSITION_INVALID`).');
  step('refuse', '不予受理 / refuse (credit office; reason required)', 'Only a `submitted` application.');
  step('approve', '准予修复 / approve (reviewers)', 'Repairs the record in the same transaction: its publicity ends the day before, list entries resting on it end, the subject is re-rated, followers are notified.');
  step('reject', '不予修复 / reject (reviewers; reason required)', 'Only an `accepted` application.');
}
