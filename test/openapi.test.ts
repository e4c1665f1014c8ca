import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi, OPENAPI_FILE } from './support/openapi.js';

describe('openapi.json', () => {
  it('matches the committed docs/openapi.json (run `npm run openapi` after changing a route)', async () => {
    const generated = await generateOpenApi();
    expect(existsSync(OPENAPI_FILE), 'docs/openapi.json is missing: run npm run openapi').toBe(true);
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(generated);
  });

  it('documents every public contract endpoint of SPEC §13 that exists so far', async () => {
    const doc = JSON.parse(await generateOpenApi()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/subjects', '/api/v1/subjects/{code}']));
  });
});
