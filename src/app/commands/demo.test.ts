import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-demo-'));
const saved = { ...process.env };

/** Runs `xinyong ARGS…` in-process; returns what it printed on stdout. */
async function xinyong(...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
  try {
    await buildCli().parseAsync(['node', 'xinyong', ...args]);
  } finally {
    log.mockRestore();
  }
  return lines;
}

describe('xinyong demo', () => {
  beforeAll(() => {
    process.env.XINYONG_DB = join(dir, 'demo.db');
    process.env.XINYONG_SECRETS_FILE = join(dir, 'secrets.json');
    process.env.NODE_ENV = 'test';
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the demo subjects and ends with a JSON line; a re-run skips them all', async () => {
    expect((await xinyong('demo', '--subjects', '40')).at(-1)).toBe('{"created":40,"skipped":0}');
    expect((await xinyong('demo', '--subjects', '60')).at(-1)).toBe('{"created":20,"skipped":40}');
    expect((await xinyong('demo', '--subjects', '60')).at(-1)).toBe('{"created":0,"skipped":60}');
  });

  it.each([['--subjects', 'abc'], ['--subjects', '1.5'], ['--subjects', '5000001'], ['--seed', '-1'], ['--seed', '4294967296']])(
    'refuses %s %s as a usage error (exit 2)',
    async (option, value) => {
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        await expect(xinyong('demo', option, value)).rejects.toMatchObject({ code: 'commander.invalidArgument' });
      } finally {
        stderr.mockRestore();
      }
    },
  );
});
