#!/usr/bin/env node
// `npm start`: runs the compiled bot in dist/, building it first when it is missing or older than
// the sources (a cheap check: the sources' sizes and times). `npm run dev` runs the TypeScript directly.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import module from 'node:module';
import { ensureBuilt } from '../scripts/build.mjs';

// Node 22.1+: keep V8's compiled code between runs (a no-op on Node 20).
module.enableCompileCache?.();

await ensureBuilt();
// src/main.ts starts the bot only when it is the program being run (tests import it); its check reads
// the script path, so give it the source's path, which the bundle stands for.
process.argv[1] = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.ts');
await import('../dist/main.js');
