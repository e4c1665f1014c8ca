import { en } from './en.js';
import { zhCN, type MessageKey } from './zh-CN.js';

/** The portal's languages: Chinese first (the default), English second. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';
export type { MessageKey };

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The message for `key` in `lang`, with `{name}` placeholders filled in (as text; escaping is html's job). */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return (DICTIONARIES[lang][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language, the form pages use. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator = (lang: Lang): Translate => (key, params) => t(lang, key, params);
