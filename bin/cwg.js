#!/usr/bin/env node
// `npx cwg …`: runs the compiled CLI in dist/, building it first when it is missing or older than
// the sources (a cheap check: the sources' sizes and times). `npm run cwg` runs the TypeScript directly.
import module from 'node:module';
import { ensureBuilt } from '../scripts/build.mjs';

// Node 22.1+: keep V8's compiled code between runs (a no-op on Node 20).
module.enableCompileCache?.();

await ensureBuilt();
await import('../dist/cli.js');
