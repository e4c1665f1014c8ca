import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress } from './webhook-address.js';

describe('webhook address guard (SSRF)', () => {
  it.each([
    ['127.0.0.1', true], ['10.0.0.8', true], ['172.16.5.4', true], ['172.32.0.1', false], ['192.168.1.1', true], ['169.254.169.254', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['255.255.255.255', true], ['8.8.8.8', false], ['203.0.113.5', false],
    ['::1', true], ['[::1]', true], ['::', true], ['fe80::1', true], ['fd12:3456::1', true], ['::ffff:127.0.0.1', true], ['::ffff:8.8.8.8', false],
    ['2606:4700:4700::1111', false], ['example.com', false],
  ])('%s private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('takes http and https URLs without credentials', () => {
    expect(checkWebhookUrl('https://hooks.example.com/xinyong?x=1', false).toString()).toBe('https://hooks.example.com/xinyong?x=1');
    expect(checkWebhookUrl('http://127.0.0.1:9000/x', true).hostname).toBe('127.0.0.1');
    for (const bad of ['not a url', 'ftp://example.com/', 'file:///etc/passwd', 'https://user:pw@example.com/']) {
      expect(() => checkWebhookUrl(bad, true)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ code: 'WEBHOOK_URL_INVALID' })] }));
    }
  });

  it('refuses private literals and localhost names unless private targets are allowed', () => {
    for (const url of ['http://localhost:3000/', 'http://api.localhost/', 'http://127.0.0.1/', 'http://[fe80::1]/', 'http://192.168.0.10/']) {
      expect(() => checkWebhookUrl(url, false)).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ code: 'WEBHOOK_URL_PRIVATE' })] }));
      expect(() => checkWebhookUrl(url, true)).not.toThrow();
    }
  });
});
