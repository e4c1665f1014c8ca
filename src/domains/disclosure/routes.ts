import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { publicListPageSchema } from '../lists/index.js';
import type { DisclosureService } from './service.js';
import { disclosurePageSchema, disclosureQuerySchema, listQuerySchema, listTypeParams, publicListTypesSchema, type DisclosureKind } from './schema.js';

/** Public listings are read by anyone, and limited per address like the search (SPEC §12: rate limits against scraping). */
const publicLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };
const tags = ['disclosure'];

const LISTINGS: Record<DisclosureKind, { summary: string }> = {
  licences: { summary: '最新行政许可（双公示）/ latest public administrative licences' },
  penalties: { summary: '最新行政处罚（双公示）/ latest public administrative penalties' },
};

export function registerDisclosureRoutes(app: HttpApp, disclosure: DisclosureService): void {
  for (const kind of ['licences', 'penalties'] as const) {
    app.get(`/api/v1/disclosures/${kind}`, {
      schema: {
        tags,
        summary: LISTINGS[kind].summary,
        description: 'Records of every subject that are active, public and inside their publicity window today, newest decision first. Filter by source department (`department`, its USCC) and decision dates (`from`, `to`, inclusive). Persons appear with a masked ID number and no code. At most 50 pages of at most 50.',
        querystring: disclosureQuerySchema,
        response: { 200: disclosurePageSchema, ...problemResponses },
      },
      config: publicLimit,
    }, async (request) => disclosure.latest(kind, request.query));
  }

  app.get('/api/v1/lists', {
    schema: {
      tags,
      summary: '信用名单 / the public list types with their entries in effect today',
      description: 'The public red (守信激励), watch (重点关注) and black (严重失信) list types of the lists domain, black first: office lists (decided on this platform) and upstream lists (kept by courts, tax and other authorities; their entries are the records those authorities submit), each with its legal basis, deciding authority and how many entries are in effect today (China). Every field of every type, public or not: `GET /api/v1/list-types`.',
      response: { 200: publicListTypesSchema, ...problemResponses },
    },
    config: publicLimit,
  }, async () => disclosure.listTypes());

  app.get('/api/v1/lists/:listType', {
    schema: {
      tags,
      summary: '名单 / who is on a public list',
      description: 'The entries of one public list type in effect today (China), newest first: the subject (organisations by code and name; persons by name and masked ID number only, never a code), decision number, deciding authority, legal basis, entry date and planned exit date (`effectiveTo`, inclusive; null = until removed). An unknown or non-public list type is 404 `LIST_TYPE_NOT_FOUND`. At most 50 pages of at most 50.',
      params: listTypeParams,
      querystring: listQuerySchema,
      response: { 200: publicListPageSchema, ...problemResponses },
    },
    config: publicLimit,
  }, async (request) => disclosure.listEntries(request.params.listType, request.query));
}
