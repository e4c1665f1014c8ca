import { spawnSync } from 'node:child_process';
import { verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { signedBytes, verifyReceipt } from './receipt-signer.js';
import type { Receipt } from './schema.js';
import { consumerKey, listAsCourtDebtor } from './testing.js';

const DOC = fileURLToPath(new URL('../../../docs/checks.md', import.meta.url));

/** The code block after `<!-- marker -->` in docs/checks.md: what a reader copies. */
function docBlock(marker: string): string {
  const text = readFileSync(DOC, 'utf8');
  const at = text.indexOf(`<!-- ${marker} -->`);
  const block = /```\w*\n([\s\S]*?)```/.exec(text.slice(at));
  if (at < 0 || !block) throw new Error(`no ${marker} block in docs/checks.md`);
  return block[1]!;
}

/** Acceptance (issue 5): a receipt verifies with the public key alone; changing any byte of it fails verification. */
for (const dialect of dialectsUnderTest()) {
  describe(`check receipts [${dialect}]`, () => {
    let t: TestApp;
    let receipt: Receipt;
    let pem: string;
    let raw: string;
    const dir = mkdtempSync(join(tmpdir(), 'xinyong-receipt-'));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const { key } = await consumerKey(t.ctx.services.accounts, 2);
      const s = await t.ctx.services.subjects.create(systemActor, enterpriseInput(6_001, { name: '深圳市回执（测试）有限公司' }));
      await listAsCourtDebtor(t.ctx.services, { name: s.name, code: s.code! });
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/checks', headers: { authorization: `Bearer ${key}` }, payload: { subject: s.code, scenario: 'bidding' } });
      receipt = res.json().receipt;
      ({ pem, raw } = (await t.app.inject({ method: 'GET', url: '/api/v1/checks/public-key' })).json());
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await t.close();
    });

    it('verifies with the published key, in PEM and as the raw 32 bytes', () => {
      expect(receipt).toMatchObject({ verdict: 'restricted', algorithm: 'Ed25519', dataVersion: { recordsSeq: expect.any(Number), measuresSeq: expect.any(Number) } });
      expect(receipt.dataVersion.recordsSeq).toBeGreaterThan(0);
      expect(verifyReceipt(receipt, pem)).toBe(true);
      const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(raw, 'base64')]);
      expect(verify(null, signedBytes(receipt), { key: spki, format: 'der', type: 'spki' }, Buffer.from(receipt.signature, 'base64'))).toBe(true);
    });

    it('fails when any byte of the signed text or of the signature changes', () => {
      const bytes = signedBytes(receipt);
      const signature = Buffer.from(receipt.signature, 'base64');
      for (let i = 0; i < bytes.length; i++) {
        const changed = Buffer.from(bytes);
        changed[i] = changed[i]! ^ 0x01;
        expect(verify(null, changed, pem, signature), `byte ${i}`).toBe(false);
      }
      for (let i = 0; i < signature.length; i++) {
        const changed = Buffer.from(signature);
        changed[i] = changed[i]! ^ 0x80;
        expect(verify(null, bytes, pem, changed), `signature byte ${i}`).toBe(false);
      }
      expect(verifyReceipt({ ...receipt, verdict: 'clear' }, pem)).toBe(false);
      expect(verifyReceipt({ ...receipt, measures: [] }, pem)).toBe(false);
      expect(verifyReceipt({ ...receipt, subject: { ...receipt.subject, name: '深圳市别家有限公司' } }, pem)).toBe(false);
    });

    it('is served by id with verified: true, and verified: false once the stored copy is altered', async () => {
      const url = `/api/v1/checks/${receipt.id}`;
      const got = await t.app.inject({ method: 'GET', url });
      expect([got.statusCode, got.json().verified]).toEqual([200, true]);
      expect(got.json().receipt).toEqual(receipt);
      expect(got.json().feedback).toBeUndefined();
      const altered = JSON.stringify({ ...receipt, verdict: 'clear', measures: [] });
      await t.ctx.database.db.updateTable('checkReceipts').set({ receipt: altered }).where('id', '=', receipt.id).execute();
      expect((await t.app.inject({ method: 'GET', url })).json()).toMatchObject({ verified: false, receipt: { verdict: 'clear' } });
      await t.ctx.database.db.updateTable('checkReceipts').set({ receipt: JSON.stringify(receipt) }).where('id', '=', receipt.id).execute();
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/checks/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}` })).json().code).toBe('RECEIPT_NOT_FOUND');
    });

    it('verifies offline with the Node script and the OpenSSL recipe in docs/checks.md', () => {
      writeFileSync(join(dir, 'receipt.json'), JSON.stringify(receipt, null, 2));
      writeFileSync(join(dir, 'xinyong-receipts.pem'), pem);
      writeFileSync(join(dir, 'verify-receipt.mjs'), docBlock('verify-node'));
      const node = spawnSync(process.execPath, ['verify-receipt.mjs', 'receipt.json', 'xinyong-receipts.pem'], { cwd: dir, encoding: 'utf8' });
      expect([node.status, node.stdout.trim()]).toEqual([0, 'receipt valid']);
      const openssl = spawnSync('bash', ['-euo', 'pipefail', '-c', docBlock('verify-openssl')], { cwd: dir, encoding: 'utf8' });
      expect([openssl.status, openssl.stdout.trim()], openssl.stderr).toEqual([0, 'Signature Verified Successfully']);

      writeFileSync(join(dir, 'receipt.json'), JSON.stringify({ ...receipt, at: '2026-06-14' }));
      expect(spawnSync(process.execPath, ['verify-receipt.mjs', 'receipt.json', 'xinyong-receipts.pem'], { cwd: dir, encoding: 'utf8' }).status).toBe(1);
      expect(spawnSync('bash', ['-euo', 'pipefail', '-c', docBlock('verify-openssl')], { cwd: dir, encoding: 'utf8' }).status).not.toBe(0);
    });
  });
}
