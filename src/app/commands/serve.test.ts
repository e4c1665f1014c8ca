import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/xinyong.js', import.meta.url));

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

async function waitForHealth(base: string, exited: () => string | null): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const gone = exited();
    if (gone !== null) throw new Error(`serve exited before answering: ${gone}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('serve did not answer /healthz within 60 s');
}

/**
 * SPEC §13 quick start, as `npm start` runs it: the real `serve` command on a
 * fresh SQLite file seeds demo data, answers, keeps running with its
 * background loops, and stops cleanly on SIGTERM.
 */
describe('xinyong serve', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts on a fresh database with demo data, serves the portal, and stops on SIGTERM', async () => {
    const port = await freePort();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: { ...env, NODE_ENV: 'development', PORT: String(port), XINYONG_DB: join(dir, 'x.db'), XINYONG_DEMO_SUBJECTS: '60', XINYONG_ADMIN_PASSWORD: 'Serve-Test-Pass-2026' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let exit: string | null = null;
    const closed = new Promise<number | null>((resolve) => child.on('close', (code, signal) => {
      exit = `code ${code} signal ${signal}\n${out}`;
      resolve(code);
    }));
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(base, () => exit);
      expect(out).toMatch(/演示数据.*60/);
      const search = (await (await fetch(`${base}/api/v1/subjects?q=%E6%B7%B1%E5%9C%B3`)).json()) as { items: Array<{ code: string }> };
      expect(search.items.length).toBeGreaterThan(0);
      expect((await fetch(`${base}/subjects/${search.items[0]!.code}`, { headers: { accept: 'text/html' } })).status).toBe(200);
      // The background loops (monitoring, ratings) run a pass without bringing the process down.
      await new Promise((r) => setTimeout(r, 6_000));
      expect(exit).toBeNull();
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await closed).toBe(0);
  });
});
