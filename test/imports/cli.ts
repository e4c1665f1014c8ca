import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/xinyong.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string[];
  stderr: string;
  /** the last stdout line, parsed (SPEC §13: the summary) */
  summary: unknown;
}

/** The CLI as a user runs it: `node bin/xinyong.js …`, on the SQLite database at `db`, without demo data. */
export function startCli(args: string[], db: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliRun> } {
  // SQLite at `db`, whatever the environment says: a DATABASE_URL would take precedence over XINYONG_DB.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...inherited, XINYONG_DB: db, XINYONG_SEED_DEMO: 'false', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => {
      const stdout = out.split('\n').filter((l) => l.trim() !== '');
      let summary: unknown = null;
      try {
        summary = JSON.parse(stdout.at(-1) ?? '');
      } catch {
        summary = null;
      }
      resolve({ code, signal, stdout, stderr: err, summary });
    });
  });
  return { child, done };
}

export const runCli = (args: string[], db: string, env?: Record<string, string>) => startCli(args, db, env).done;
