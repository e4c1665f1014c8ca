import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { commitmentPageSchema, commitmentSchema, commitmentTemplateSchema } from './present.js';
import { breachBodySchema, commitmentsQuerySchema, signBodySchema } from './schema.js';
import type { CommitmentService } from './service.js';

const tags = ['commitments'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.strictObject({ id: z.uuid() });
const one = { 200: commitmentSchema, ...problemResponses };

/** Credit commitments (SPEC §8): templates and the register are public; subjects sign; the credit office tracks fulfilment. */
export function registerCommitmentRoutes(app: HttpApp, commitments: CommitmentService): void {
  app.get('/api/v1/commitments/templates', {
    schema: { tags, summary: '信用承诺书范本 / commitment templates', response: { 200: z.object({ items: z.array(commitmentTemplateSchema) }), ...problemResponses } },
  }, async () => ({ items: commitments.templates() }));

  app.get('/api/v1/commitments', {
    schema: {
      tags, summary: '信用承诺 / commitments (public by subject; the credit office any)',
      description: 'With `subject` (a subject id): that subject\'s commitments, public. Without it: every commitment, for credit office staff, admins and auditors.',
      querystring: commitmentsQuerySchema, response: { 200: commitmentPageSchema, ...problemResponses },
    },
  }, async (request) => commitments.list(request.actor, request.query));

  app.get('/api/v1/commitments/:id', {
    schema: { tags, summary: '信用承诺 / one commitment (public)', params: idParams, response: one },
  }, async (request) => commitments.get(request.params.id));

  app.post('/api/v1/commitments', {
    schema: {
      tags, security, summary: '签署信用承诺 / sign a commitment (the subject; credit office staff for a paper one)',
      description: 'The text is the template\'s, with the matter filled in; the commitment is public at once and in force until fulfilled or breached.',
      body: signBodySchema, response: { 201: commitmentSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(await commitments.sign(request.actor, request.body)));

  app.post('/api/v1/commitments/:id/fulfil', {
    schema: { tags, security, summary: '记录已履行 / record fulfilment (credit office)', description: 'Only an `in_force` commitment (`COMMITMENT_TRANSITION_INVALID`).', params: idParams, response: one },
  }, async (request) => commitments.fulfil(request.actor, request.params.id));

  app.post('/api/v1/commitments/:id/breach', {
    schema: {
      tags, security, summary: '记录违反承诺 / record a breach (credit office)',
      description: 'Stores a `commitment_breach` record (negative) through the normal ingestion path under the actor\'s department, in the same transaction as the status change.',
      params: idParams, body: breachBodySchema, response: one,
    },
  }, async (request) => commitments.breach(request.actor, request.params.id, request.body));
}
