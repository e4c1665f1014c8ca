import { fileURLToPath } from 'node:url';
import { createTestApp } from './app.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));

/** The OpenAPI document as the running app generates it, in its committed text form. */
export async function generateOpenApi(): Promise<string> {
  const t = await createTestApp('sqlite');
  try {
    return `${JSON.stringify(t.app.swagger(), null, 2)}\n`;
  } finally {
    await t.close();
  }
}
