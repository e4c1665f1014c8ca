import type { Actor } from '../kernel/actor.js';
import type { HttpApp } from '../kernel/http.js';
import type { ErrorLine } from '../domains/imports/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, pageNumber, queryText } from './console-page.js';
import { consoleChoices, isImporter, namesDepartment } from './console-choices.js';
import { importsPage } from './pages/console-imports.js';
import { importBatchPage, type BatchErrorsPage } from './pages/console-import-batch.js';
import { recordPage } from './pages/console-record.js';

const HISTORY_SIZE = 20;
const ERRORS_SIZE = 50;
/** An upload's refusal, passed back to the form by its stable code only. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{2,40}$/;

/** Ingestion in the console: uploads and their batches, a record's versions. The services decide who sees what. */
export function registerIngestionRoutes(app: HttpApp, web: WebContext): void {
  const { imports, records } = web.services;
  const consolePage = createConsolePage(web);
  const choices = consoleChoices(web);

  /** One page of a batch's rejected rows (the service streams them in commit order). */
  async function errorsPage(actor: Actor, batchId: string, page: number): Promise<BatchErrorsPage> {
    const skip = (page - 1) * ERRORS_SIZE;
    const items: ErrorLine[] = [];
    let seen = 0;
    for await (const line of await imports.batchErrors(actor, batchId)) {
      if (seen++ < skip) continue;
      items.push(line);
      if (items.length > ERRORS_SIZE) break;
    }
    return { items: items.slice(0, ERRORS_SIZE), page, hasMore: items.length > ERRORS_SIZE };
  }

  app.get('/console/imports', HIDDEN, consolePage('imports', async ({ request, view, user, actor }) => {
    const page = pageNumber(request.query);
    const batches = await imports.listBatches(actor, { page, pageSize: HISTORY_SIZE });
    const types = await choices.typeNames();
    const upload = isImporter(actor) ? { types, departments: namesDepartment(actor) ? await choices.departments(actor) : null } : null;
    const error = queryText(request.query, 'error', 41) ?? null;
    return importsPage(view, user, { batches, page, types, upload, error: error && ERROR_CODE.test(error) ? error : null });
  }));

  app.get('/console/imports/:batchId', HIDDEN, consolePage('imports', async ({ request, view, user, actor }) => {
    const { batchId } = request.params as { batchId: string };
    const batch = await imports.getBatch(actor, batchId);
    const errors = await errorsPage(actor, batchId, pageNumber(request.query));
    return importBatchPage(view, user, batch, errors, await choices.fieldLabels(batch.type, view.lang), await choices.typeNames());
  }));

  app.get('/console/records/:id', HIDDEN, consolePage('imports', async ({ request, view, user, actor }) => {
    const { id } = request.params as { id: string };
    return recordPage(view, user, await records.get(actor, id));
  }));
}
