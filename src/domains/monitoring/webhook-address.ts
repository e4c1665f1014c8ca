import { BlockList, isIP } from 'node:net';
import { webhookUrlInvalid } from './errors.js';

/**
 * SSRF guard: addresses a webhook must not reach when private targets are
 * refused (production): "this host", loopback, RFC 1918 private, carrier-grade
 * NAT, link-local (cloud metadata at 169.254.169.254), benchmarking,
 * multicast and reserved ranges, and their IPv6 counterparts.
 */
const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) {
  blocked.addSubnet(net, bits, 'ipv6');
}

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** True for an IP address a webhook must not reach in production. Not an IP at all: false. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = MAPPED_V4.exec(bare)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) return blocked.check(bare, 'ipv6');
  return false;
}

const isLocalName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/**
 * Checks a webhook URL when it is registered: http or https, no credentials
 * in it, and (unless private targets are allowed) no private IP literal or
 * localhost name. Names that resolve to private addresses are caught again at
 * every delivery, on the address actually connected to (webhook-transport.ts).
 */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw webhookUrlInvalid('WEBHOOK_URL_INVALID', '不是有效的网址 / not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw webhookUrlInvalid('WEBHOOK_URL_INVALID', '只支持 http 或 https / http or https only');
  if (url.username || url.password) throw webhookUrlInvalid('WEBHOOK_URL_INVALID', '网址中不得含用户名或密码 / no credentials in the URL');
  if (!allowPrivate && (isLocalName(url.hostname.toLowerCase()) || isPrivateAddress(url.hostname))) {
    throw webhookUrlInvalid('WEBHOOK_URL_PRIVATE', '不允许内网地址 / private, loopback and link-local addresses are not allowed');
  }
  return url;
}
