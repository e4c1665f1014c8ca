// The two servers the archive benchmark loads, in a process of their own (so that
// autocannon does not share their event loop): the real platform, and a bare
// Fastify app answering the same questions with one prepared better-sqlite3
// statement each. Started by bench/archive.bench.ts with the database file as
// argument; prints {"app": port, "bare": port} and runs until stdin closes.
import Fastify from 'fastify';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { loadConfig } from '../src/app/config.js';
import { openContext } from '../src/app/open-context.js';
import { buildApp } from '../src/app/build-app.js';
import { chinaDate, systemClock } from '../src/kernel/clock.js';
import { OUT_DIR } from './harness.js';

const file = process.argv[2];
if (!file) throw new Error('usage: archive-server.ts DATABASE_FILE');

// Behind a reverse proxy, as in production: the rate limits count per client
// address from X-Forwarded-For, and the benchmark's requests come from many
// addresses (bench/archive.bench.ts), so the limits run but do not refuse.
const config = loadConfig({
  NODE_ENV: 'test',
  XINYONG_DB: file,
  XINYONG_SECRETS_FILE: join(OUT_DIR, 'bench.secrets.json'),
  XINYONG_TRUST_PROXY: 'true',
  XINYONG_SEED_DEMO: 'false',
  LOG_LEVEL: 'silent',
});
const ctx = await openContext({ config });
const app = await buildApp(ctx, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });

/** The same SELECTs the services run (records/repo.ts listForSubject, countByCategory), without the platform around them. */
const sqlite = new Database(file, { readonly: true });
const subjectByCode = sqlite.prepare('SELECT * FROM subjects WHERE code = ?');
const publicPage = sqlite.prepare(`SELECT r.*, d.code AS department_code, d.name AS department_name
  FROM records r JOIN departments d ON d.id = r.source_department_id
  WHERE r.subject_id = ? AND r.category = ? AND r.status = 'active' AND r.disclosure IN ('public') AND r.publicity_end >= ?
  ORDER BY r.decision_date DESC, r.seq DESC LIMIT 21`);
const publicCounts = sqlite.prepare(`SELECT category, count(*) AS n FROM records
  WHERE subject_id = ? AND status = 'active' AND disclosure IN ('public') AND publicity_end >= ? GROUP BY category`);

const bare = Fastify({ logger: false });
const today = () => chinaDate(systemClock);
type Row = { id: string } & Record<string, unknown>;

bare.get('/bare/subjects/:code/records', async (request, reply) => {
  const { code } = request.params as { code: string };
  const { category } = request.query as { category?: string };
  const subject = subjectByCode.get(code) as Row | undefined;
  if (!subject) return reply.code(404).send({ code: 'SUBJECT_NOT_FOUND' });
  const rows = publicPage.all(subject.id, category ?? 'penalty', today()) as Row[];
  return { items: rows.slice(0, 20), hasMore: rows.length > 20 };
});

bare.get('/bare/subjects/:code', async (request, reply) => {
  const { code } = request.params as { code: string };
  const subject = subjectByCode.get(code) as Row | undefined;
  if (!subject) return reply.code(404).send({ code: 'SUBJECT_NOT_FOUND' });
  const on = today();
  return { subject, counts: publicCounts.all(subject.id, on), items: (publicPage.all(subject.id, 'basic', on) as Row[]).slice(0, 20) };
});

await bare.listen({ port: 0, host: '127.0.0.1' });
const port = (server: { server: { address(): unknown } }) => (server.server.address() as { port: number }).port;
process.stdout.write(`${JSON.stringify({ app: port(app), bare: port(bare) })}\n`);

process.stdin.resume();
process.stdin.on('end', async () => {
  await bare.close();
  await app.close();
  sqlite.close();
  await ctx.database.close();
  process.exit(0);
});
