#!/usr/bin/env node
// The `xinyong` command: registers tsx, then hands over to the CLI in src/app/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/app/cli.ts');
await main(process.argv);
