import type { Channel } from './schema.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Mainland mobile numbers (11 digits from 1[3-9]), optionally with +86. */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;

/** Which channel reaches a contact a member of the public gave, or null when it is neither an email address nor a mobile number. */
export function channelOf(contact: string): Channel | null {
  const value = contact.normalize('NFKC').replace(/[\s-]/g, '');
  if (EMAIL.test(value)) return 'email';
  if (MOBILE.test(value)) return 'sms';
  return null;
}

/** A contact normalised for storage: NFKC, no spaces or dashes; emails in lower case. */
export function normalizeContact(contact: string): string {
  const value = contact.normalize('NFKC').trim();
  return EMAIL.test(value) ? value.toLowerCase() : value.replace(/[\s-]/g, '');
}

/** A contact as a list shows it: a***@example.com, 138****1234. */
export function maskContact(contact: string): string {
  const at = contact.indexOf('@');
  if (at > 0) return `${contact.charAt(0)}***${contact.slice(at)}`;
  if (contact.length >= 7) return `${contact.slice(0, 3)}****${contact.slice(-4)}`;
  return '*'.repeat(contact.length);
}
