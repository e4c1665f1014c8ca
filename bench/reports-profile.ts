// Profiles issuing public reports (archive reads, snapshot, PDF, insert) for the
// benchmark's subjects in turn, on one thread:
//   node --cpu-prof --cpu-prof-dir=bench/out/prof bin/run-ts.js bench/reports-profile.ts [N]
// then open the .cpuprofile in Chrome DevTools (Performance → Load profile).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anonymousActor } from '../src/kernel/actor.js';
import { reportsFixture } from './reports.bench.js';

const N = Number(process.argv[2] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'xinyong-prof-reports-'));
try {
  const { database, services, codes } = await reportsFixture(dir);
  const issue = (i: number) => services.reports.issue(anonymousActor(), { subject: codes[i % codes.length]! });
  for (let i = 0; i < codes.length; i++) await issue(i);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await issue(i);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(`${N} reports: ${(wall / N).toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} ms CPU each`);
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
