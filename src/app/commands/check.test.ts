import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/imports/cli.js';
import { makeUscc } from '../../../test/support/factories.js';
import { addDays } from '../../kernel/calendar/index.js';
import { chinaDate, systemClock } from '../../kernel/clock.js';

/** SPEC §13 `xinyong check CODE --scenario S [--at DATE]`, spawned as a user runs it, on data that came in through `xinyong import`. */
describe('xinyong check (CLI)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-cli-check-'));
  const db = join(dir, 'cli.db');
  const today = chinaDate(systemClock);
  const listedOn = addDays(today, -30);
  const LISTED = makeUscc(9_101);
  const CLEAN = makeUscc(9_102);
  const COURT = makeUscc(9_199, '11');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const csv = join(dir, 'court.csv');
    writeFileSync(csv, [
      '被执行人姓名/名称,证件号码/统一社会信用代码,执行法院,案号,失信被执行人行为具体情形,立案时间,发布时间,数据来源单位',
      `深圳市命令行失信有限公司,${LISTED},深圳市南山区人民法院,（2026）粤0305执9101号,有履行能力而拒不履行,${addDays(listedOn, -60)},${listedOn},深圳市南山区人民法院`,
      `深圳市命令行守信有限公司,${CLEAN},深圳市南山区人民法院,（2026）粤0305执9102号,有履行能力而拒不履行,${addDays(listedOn, -1060)},${addDays(listedOn, -1000)},深圳市南山区人民法院`,
    ].join('\n'));
    const imported = await runCli(['import', csv, '--type', 'court_dishonest_debtor', '--source', COURT], db);
    expect(imported.code, imported.stderr).toBe(0);
  });

  it('prints the check result as JSON and exits 0', async () => {
    const r = await runCli(['check', LISTED, '--scenario', 'government_procurement'], db);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.join('\n'));
    expect(result).toMatchObject({ verdict: 'restricted', scenario: 'government_procurement', at: today, subject: { code: LISTED } });
    expect(result.measures.map((m: { code: string }) => m.code)).toEqual(['procurement_bar_listed']);
    expect(result.receipt).toMatchObject({ issuer: { kind: 'system', id: 'cli' }, algorithm: 'Ed25519' });
  });

  it('answers for an earlier day with --at, and exits 1 for a subject it cannot find, 2 for a bad scenario', async () => {
    const before = await runCli(['check', LISTED, '--scenario', 'government_procurement', '--at', addDays(listedOn, -1)], db);
    expect([before.code, JSON.parse(before.stdout.join('\n')).verdict]).toEqual([0, 'clear']);
    const missing = await runCli(['check', makeUscc(9_103), '--scenario', 'bidding'], db);
    expect([missing.code, JSON.parse(missing.stderr).code]).toEqual([1, 'SUBJECT_NOT_FOUND']);
    const bad = await runCli(['check', LISTED, '--scenario', 'lottery'], db);
    expect([bad.code, JSON.parse(bad.stderr).code]).toEqual([2, 'VALIDATION_FAILED']);
  });

  it('checks a file of subjects with --batch and writes CSV results; exit 1 when one could not be checked', async () => {
    const file = join(dir, 'subjects.csv');
    writeFileSync(file, `code\n${LISTED}\n${CLEAN}\n${makeUscc(9_104)}\n`);
    const out = join(dir, 'results.csv');
    const r = await runCli(['check', '--batch', file, '--scenario', 'bidding', '--out', out], db);
    expect(r.code, r.stderr).toBe(1);
    const rows = parse(readFileSync(out, 'utf8').slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((x) => [x.subject, x.verdict || x.error_code])).toEqual([[LISTED, 'restricted'], [CLEAN, 'clear'], [makeUscc(9_104), 'SUBJECT_NOT_FOUND']]);
    const json = await runCli(['check', '--batch', file, '--scenario', 'bidding'], db);
    expect(JSON.parse(json.stdout.join('\n')).items).toHaveLength(3);
  });
});
