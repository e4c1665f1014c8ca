// Regenerates docs/openapi.json from the route schemas: `npm run openapi`.
import { writeFileSync } from 'node:fs';
import { generateOpenApi, OPENAPI_FILE } from '../test/support/openapi.js';

writeFileSync(OPENAPI_FILE, await generateOpenApi());
console.log(`wrote ${OPENAPI_FILE}`);
