import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/xinyong.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'validate', ...args], { encoding: 'utf8' });

/** SPEC §13: `xinyong validate CODE` exits 0 with the kind and parts, 1 naming the failed check. */
describe('xinyong validate', () => {
  it('accepts a valid USCC: an enterprise registered in Shenzhen', () => {
    const r = run('91440300708461136T');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('统一社会信用代码');
    expect(r.stdout).toContain('企业');
    expect(r.stdout).toMatch(/深圳市|Shenzhen/);
  });

  it('names the failed check for another check character', () => {
    const r = run('91440300708461136U');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('USCC_CHECK_CHAR');
  });

  it('masks a resident ID number it prints, and explains an unrecognisable code', () => {
    const ok = run('11010519491231002X');
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toContain('11010519491231002X');
    const bad = run('hello');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('CODE_UNRECOGNISED');
  });

  it('prints the full result as JSON on request', () => {
    const r = run('91440300708461136T', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, kind: 'uscc', parts: { divisionName: '深圳市' } });
  });
});
