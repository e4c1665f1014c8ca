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

interface Summary {
  created: number;
  skipped: number;
  records: { created: number; updated: number; unchanged: number; rejected: number };
}
const summary = (lines: string[]): Summary => JSON.parse(lines.at(-1)!) as Summary;

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

  it('stores the demo subjects and their records and ends with a JSON line; a re-run stores nothing new', async () => {
    const first = summary(await xinyong('demo', '--subjects', '40'));
    expect(first).toMatchObject({ created: 40, skipped: 0, records: { updated: 0, unchanged: 0, rejected: 0 } });
    expect(first.records.created).toBeGreaterThan(40);
    // The first 40 subjects keep their records when the set grows: only the 20 new ones get new records.
    const grown = summary(await xinyong('demo', '--subjects', '60'));
    expect(grown).toMatchObject({ created: 20, skipped: 40, records: { updated: 0, unchanged: first.records.created, rejected: 0 } });
    const all = first.records.created + grown.records.created;
    expect(summary(await xinyong('demo', '--subjects', '60'))).toEqual({ created: 0, skipped: 60, records: { created: 0, updated: 0, unchanged: all, rejected: 0 } });
  });

  it('leaves the records out with --no-records or --records-per-subject 0', async () => {
    const none = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    expect(summary(await xinyong('demo', '--subjects', '70', '--no-records'))).toEqual({ created: 10, skipped: 60, records: none });
    expect(summary(await xinyong('demo', '--subjects', '80', '--records-per-subject', '0'))).toEqual({ created: 10, skipped: 70, records: none });
  });

  it.each([['--subjects', 'abc'], ['--subjects', '1.5'], ['--subjects', '5000001'], ['--seed', '-1'], ['--seed', '4294967296'],
    ['--records-per-subject', '51'], ['--records-per-subject', 'x']])(
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
