import type { Actor } from '../kernel/actor.js';
import type { TypeNames } from './pages/import-text.js';
import type { WebContext } from './web-context.js';

/** Who imports (SPEC §1): data providers for their department, the credit office for any. */
export const isImporter = (a: Actor) => a.kind === 'user' && (a.role === 'provider' || a.role === 'staff' || a.role === 'admin');

/** The credit office names the department it imports for; a provider always imports for its own. */
export const namesDepartment = (a: Actor) => a.kind === 'user' && (a.role === 'staff' || a.role === 'admin');

/** The lookups several console pages share: record type names, departments to choose from. */
export function consoleChoices(web: WebContext) {
  const { catalog, providerQuality } = web.services;
  return {
    async typeNames(): Promise<TypeNames> {
      return new Map((await catalog.list()).map((t) => [t.definition.code, { name: t.definition.name, nameEn: t.definition.nameEn }]));
    },

    /** A type's field labels by key, in the page's language (for error rows that name a field). */
    async fieldLabels(type: string, lang: 'zh-CN' | 'en'): Promise<Map<string, string>> {
      const current = await catalog.current(type).catch(() => null);
      return new Map((current?.definition.fields ?? []).map((f) => [f.key, lang === 'en' ? f.labelEn : f.label]));
    },

    async departments(actor: Actor): Promise<Array<{ code: string; name: string }>> {
      return (await providerQuality.departments(actor)).map((d) => ({ code: d.code, name: d.name }));
    },
  };
}
