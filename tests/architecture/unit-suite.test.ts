import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTEGRATION_TEST_FILES } from '../integration-files.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What starts a server or a process, directly or through the shared test helpers. */
const STARTS_SOMETHING =
  /\b(spawn|fork|execFile|execFileSync|execSync|createServer|startHttpServer|startServices|startSharedServer|\w+StandIn|startSlackHarness|startTeamsEndpoint)\s*\(|\.listen\(/;

function testFiles(dir = 'tests'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? testFiles(rel) : e.name.endsWith('.test.ts') ? [rel] : [];
  });
}

describe('npm run test:unit', () => {
  it('leaves out every test file that starts a server or a child process (tests/integration-files.ts)', () => {
    const files = testFiles();
    const starting = files.filter((f) => STARTS_SOMETHING.test(readFileSync(path.join(ROOT, f), 'utf8')));
    // startServices without an HTTP server (the console) is in-process: the rehearsal test stays a unit test.
    const inProcess = ['tests/reminders/console-rehearsal.test.ts'];
    expect(starting.filter((f) => !INTEGRATION_TEST_FILES.includes(f) && !inProcess.includes(f))).toEqual([]);
    expect(INTEGRATION_TEST_FILES.filter((f) => !files.includes(f))).toEqual([]);
  });
});
