// A server for the checks benchmark, in its own process so that the load
// generator (autocannon, in the benchmark's process) does not share its CPU:
//   node bin/run-ts.js bench/checks-server.ts xinyong|baseline DB_FILE
// prints `listening PORT` on stdout once ready, and stops on SIGTERM.
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { buildApp } from '../src/app/build-app.js';
import { openContext } from '../src/app/open-context.js';
import { benchConfig } from './search-fixture.js';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'xinyong' && mode !== 'baseline') || !file) {
  console.error('usage: checks-server.ts xinyong|baseline DB_FILE');
  process.exit(2);
}

/**
 * The baseline: bare Fastify and better-sqlite3, the least a check must do:
 * find the subject by code and the list entries in effect for it, answer JSON.
 * No authentication, measures, records, signature or receipt.
 */
async function baseline(dbFile: string) {
  const sqlite = new Database(dbFile, { readonly: true });
  const subject = sqlite.prepare('SELECT id, code, name, type FROM subjects WHERE code = ?');
  const entries = sqlite.prepare(`SELECT id, list_type, decision_no, effective_from, effective_to FROM list_entries
    WHERE subject_id = ? AND status IN ('in_effect', 'removed') AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)`);
  const app = Fastify({ logger: false });
  app.post('/api/v1/checks', async (request, reply) => {
    const body = request.body as { subject: string; at?: string };
    const s = subject.get(body.subject) as { id: string } | undefined;
    if (!s) return reply.code(404).send({ code: 'SUBJECT_NOT_FOUND' });
    const at = body.at ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    return { subject: s, entries: entries.all(s.id, at, at) };
  });
  return { app, close: async () => { sqlite.close(); } };
}

async function xinyong(dbFile: string) {
  const ctx = await openContext({ config: benchConfig({ file: dbFile }) });
  const app = await buildApp(ctx, { logger: false });
  return { app, close: () => ctx.database.close() };
}

const server = mode === 'baseline' ? await baseline(file) : await xinyong(file);
await server.app.listen({ port: 0, host: '127.0.0.1' });
const address = server.app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => {
  void server.app.close().then(server.close).then(() => process.exit(0));
});
