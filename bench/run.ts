/**
 * `npm run bench`: runs every benchmark module in bench/ (files named *.bench.ts, each exporting
 * `run(): Promise<string>` that returns a report) one after another, or only those named on the
 * command line (npm run bench -- slack, npm run bench -- cli-start). Goals are ratios against a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  const mod = (await import(path.join(dir, file))) as { run: () => Promise<{ report: string; ok: boolean }> };
  process.stdout.write(`\n=== ${file}\n`);
  const { report, ok } = await mod.run();
  process.stdout.write(`${report}\n${ok ? 'goal met' : 'GOAL MISSED'}\n`);
  if (!ok) failed++;
}
if (!files.length) process.stdout.write('no benchmarks found\n');
process.exitCode = failed ? 1 : 0;
