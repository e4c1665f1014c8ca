import type { Lang } from './i18n/index.js';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** An ISO-8601 instant as China Standard Time, `YYYY-MM-DD HH:mm:ss` (the platform's dates live in UTC+8). */
export function formatTime(iso: string | null): string | null {
  if (!iso) return null;
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Domain messages are written "中文 / English": the half for the page's
 * language (the whole text when it has no English half).
 */
export function inLang(message: string, lang: Lang): string {
  const [zh, en] = message.split(' / ');
  return (lang === 'en' ? en : zh) ?? message;
}

/** A share (0-1) as a percentage with one decimal, or null. */
export function formatPercent(share: number | null): string | null {
  return share === null ? null : `${(share * 100).toFixed(1)}%`;
}
