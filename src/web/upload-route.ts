import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { ENCODINGS, type DeclaredEncoding } from '../domains/imports/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN } from './console-page.js';
import { redirect } from './respond.js';

/** A multipart part's text value, when it is a field. */
function fieldValue(fields: Record<string, unknown>, name: string): string | undefined {
  const part = fields[name];
  const one = Array.isArray(part) ? part[0] : part;
  if (!one || typeof one !== 'object' || (one as { type?: string }).type !== 'field') return undefined;
  const value = (one as { value?: unknown }).value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const back = (reply: FastifyReply, code: string) => redirect(reply, `/console/imports?error=${code}`);

/**
 * `POST /console/imports`: the console's upload form (multipart: `_csrf`,
 * `type`, `department`, `encoding`, then `file`), handed to the imports
 * service, which imports in the background. Answers with a redirect: to the
 * batch, or back to the form with the refusal's code. The accounts hook checks
 * the CSRF token before this runs; a multipart body can only carry it in the
 * `X-CSRF-Token` header, which app.js sets (docs/quality.md, "Uploads").
 */
export async function registerUploadRoute(app: HttpApp, web: WebContext): Promise<void> {
  const { imports } = web.services;
  const consolePage = createConsolePage(web);
  await app.register(async (scope: HttpApp) => {
    await scope.register(multipart, { limits: { fileSize: imports.maxUploadBytes, files: 1, fields: 8, fieldSize: 256, parts: 9 } });
    scope.post('/console/imports', HIDDEN, consolePage('imports', async ({ request, reply, actor }) => {
      if (!request.isMultipart()) return back(reply, 'UNSUPPORTED_MEDIA_TYPE');
      const part = await request.file();
      if (!part || !part.filename) {
        part?.file.resume();
        return back(reply, 'FILE_REQUIRED');
      }
      const type = fieldValue(part.fields, 'type');
      const encoding = fieldValue(part.fields, 'encoding');
      if (!type || (encoding !== undefined && !(ENCODINGS as readonly string[]).includes(encoding))) {
        part.file.resume();
        return back(reply, 'VALIDATION_FAILED');
      }
      try {
        const { batchId } = await imports.upload(actor, {
          file: part.file, fileName: part.filename, typeCode: type, department: fieldValue(part.fields, 'department'),
          encoding: encoding as DeclaredEncoding | undefined,
        }, (err) => request.log.error({ err }, 'background import failed'));
        return redirect(reply, `/console/imports/${batchId}`);
      } catch (err) {
        part.file.resume(); // drain the rest of the upload so the connection is not left waiting
        if (err instanceof DomainError && err.status < 500) return back(reply, err.code);
        throw err;
      }
    }));
  });
}
