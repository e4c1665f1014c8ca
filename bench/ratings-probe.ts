// Where a full re-rating's CPU goes by thread (Linux /proc): `node bin/run-ts.js bench/ratings-probe.ts [workers…]`.
// Works on a copy of the cached ratings fixture (BENCH_SUBJECTS, default 100,000): all presets, nothing changed after a first run;
// PROBE_MODEL=public_composite rates with one model, PROBE_NEW=1 clears the ratings before each run (every rating new).
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openContext } from '../src/app/open-context.js';
import { systemActor } from '../src/kernel/actor.js';
import { fixedClock } from '../src/kernel/clock.js';
import { OUT_DIR } from './harness.js';
import { ratingsFixture, TODAY } from './ratings-fixture.js';
import { benchConfig } from './search-fixture.js';

/** CPU seconds per thread of this process, by thread name. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = `${readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim()}#${tid}`;
      out.set(name, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

const fixture = await ratingsFixture(Number(process.env.BENCH_SUBJECTS ?? 100_000), 10);
const work = join(OUT_DIR, 'ratings-probe.db');
for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
copyFileSync(fixture.file, work);
const ctx = await openContext({ config: benchConfig({ file: work }), clock: fixedClock(`${TODAY}T02:00:00.000Z`) });
await sql`PRAGMA cache_size = -262144`.execute(ctx.database.db);
await sql`PRAGMA mmap_size = 2147418112`.execute(ctx.database.db);
await ctx.services.ratings.ensurePresets();
await ctx.services.ratings.rateAll(systemActor, { workers: 1 });
for (const workers of (process.argv.slice(2).length ? process.argv.slice(2) : ['1', '2']).map(Number)) {
  if (process.env.PROBE_NEW === '1') {
    await ctx.database.db.deleteFrom('ratingCurrent').execute();
    await ctx.database.db.deleteFrom('ratings').execute();
  }
  const before = threadCpu();
  let atEnd = new Map<string, number>();
  const started = performance.now();
  const load = loadavg()[0]!;
  await ctx.services.ratings.rateAll(systemActor, { workers, ...(process.env.PROBE_MODEL ? { model: process.env.PROBE_MODEL } : {}), onProgress: (p) => { if (p.done === p.total) atEnd = threadCpu(); } });
  const seconds = (performance.now() - started) / 1000;
  const used = [...atEnd].map(([name, s]) => [name, s - (before.get(name) ?? 0)] as const).filter(([, s]) => s >= 0.05).sort((a, b) => b[1] - a[1]);
  console.log(`workers=${workers}: ${seconds.toFixed(1)} s wall, load ${load.toFixed(1)}; CPU s by thread: ${used.map(([n, s]) => `${n} ${s.toFixed(2)}`).join(', ')}`);
}
await ctx.database.close();
for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
