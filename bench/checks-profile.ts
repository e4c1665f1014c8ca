// Where a credit check's CPU goes: the checks benchmark's xinyong server under
// the same load, run with --cpu-prof; prints self time per check by function and
// by file (µs per answered check). A tool for tuning, not part of `npm run bench`:
//   node bin/run-ts.js bench/checks-profile.ts   (BENCH_DURATION, BENCH_SUBJECTS as for the benchmark)
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR } from './harness.js';
import { checksFixture, load, prepare, startServer, stopServer } from './checks.bench.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

const SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const TOP = Number(process.env.PROFILE_TOP ?? 40);
const dir = join(OUT_DIR, 'profiles');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const fixture = await checksFixture();
const { key, bodies } = await prepare(fixture.file, fixture.step);
const server = await startServer('xinyong', fixture.file, ['--cpu-prof', '--cpu-prof-dir', dir]);
await load(server.port, bodies, key, 2);
const from = process.hrtime.bigint() / 1000n;
const run = await load(server.port, bodies, key, SECONDS);
const to = process.hrtime.bigint() / 1000n;
await stopServer(server.child);

// The server's main thread wrote the largest profile (tsx's loader thread writes one too).
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Samples are stamped on the monotonic clock (µs), as process.hrtime is: keep those of the measured run.
const self = new Map<number, number>();
let stamp = BigInt(profile.startTime);
profile.samples.forEach((id, i) => {
  stamp += BigInt(profile.timeDeltas[i] ?? 0);
  if (stamp >= from && stamp <= to) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const checks = run.ok;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const short = (url: string) => url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'nm:').replace(ROOT, '');
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const fns = new Map<string, number>();
const files = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  add(fns, `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber + 1}`, us);
  add(files, short(f.url) || `(${f.functionName})`, us);
}
const show = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)
  .map(([k, v]) => `${(v / checks).toFixed(1).padStart(7)} µs ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`${run.reqPerSec.toFixed(0)} checks/s, p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms; profile ${file}`);
console.log(`main thread per check: ${(total / checks).toFixed(0)} µs, idle included (the run: ${SECONDS} s)\n`);
console.log(`by function:\n${show(fns)}\n\nby file:\n${show(files)}`);
