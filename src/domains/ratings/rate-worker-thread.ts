// The body of a re-rating worker thread: a read-only SQLite connection of its
// own (WAL lets it read while the main thread writes), the models compiled from
// their definitions, and one assessment per page it is sent. Writes nothing.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import type { DB } from '../../db/schema.js';
import { assessPage } from './assess-page.js';
import { compileModel } from './engine/index.js';
import type { PageContext } from './rate-page.js';
import { createRatingRepo } from './rating-repo.js';
import type { PageRequest, PageReply, WorkerSetup } from './rate-pool.js';

const setup = workerData as WorkerSetup;
const sqlite = new Database(setup.file, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
// As `xinyong rate` sets its own connection: a larger page cache, and reads through a memory map.
sqlite.pragma('cache_size = -131072');
sqlite.pragma('mmap_size = 2147418112');
const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
const models = setup.models.map((m) => compileModel(m.definition, m.version));
const domainOf = new Map(setup.domainOf);
const ctx: PageContext = { dialect: 'sqlite', repo: createRatingRepo('sqlite'), domainOf, typesOfDomain: new Map(setup.typesOfDomain) };

parentPort!.on('message', (m: PageRequest | { close: true }) => {
  if ('close' in m) {
    void db.destroy().then(() => parentPort!.close());
    return;
  }
  assessPage(db, ctx, m.subjects, models, setup.date).then(
    (assessment) => parentPort!.postMessage({ id: m.id, ...assessment } satisfies PageReply),
    (err: unknown) => parentPort!.postMessage({ id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies PageReply),
  );
});
// Loading the modules through tsx takes the better part of a second: the main thread rates pages itself until every thread is ready.
parentPort!.postMessage({ ready: true });
