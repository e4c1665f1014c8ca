import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Environment variable names (XINYONG_*) are not error codes. Where the code hands out a stable error code: constructors, `code:` fields, identifier failures, the Fastify map. */
const CODE_SITES = [
  /Error\(\s*'([A-Z][A-Z0-9_]{2,})'/g,
  /Error\([^)]*?,\s*'([A-Z][A-Z0-9_]{2,})'\s*\)/g,
  /\bcode:\s*'([A-Z][A-Z0-9_]{2,})'/g,
  /failure\(\s*'([A-Z][A-Z0-9_]{2,})'/g,
  /fieldErrors?\([^)]*?'([A-Z][A-Z0-9_]{2,})'/g,
  /\[\d{3}, '([A-Z][A-Z0-9_]{2,})'/g,
  /:\s*'([A-Z][A-Z0-9_]{2,})',?$/gm,
];

describe('docs/errors.md', () => {
  it('lists every error code the code can return', () => {
    const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    const found = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const re of CODE_SITES) for (const m of text.matchAll(re)) if (!m[1]!.startsWith('XINYONG_')) found.add(m[1]!);
    }
    expect(found.size).toBeGreaterThan(30);
    const missing = [...found].filter((code) => !doc.includes(`\`${code}\``)).sort();
    expect(missing, 'codes thrown but not documented in docs/errors.md').toEqual([]);
  });
});
