import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { sub } from './helpers.js';

/** `npm start` in console mode with CWG_NOW: the scheduler runs beside the chat and prints into the simulated channel. */
describe('console mode', () => {
  it('prints reminders into the simulated channel, catching up at start', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file);
    await store.update((d) => {
      d.subscriptions.push(sub('console', { createdAt: '2025-06-01T00:00:00Z', digest: false }));
      d.reminders.lastTickAt = '2025-06-16T06:50:00Z';
    });
    await store.close();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CWG_DATA_FILE: file, CWG_NOW: '2025-06-16T09:05:00+02:00', SLACK_BOT_TOKEN: '', BOT_ID: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 300 && !out.includes('/cwg ics igf-2025'); i++) await new Promise((r) => setTimeout(r, 50));
    child.stdin.end('/cwg subscriptions\n');
    expect(await exited).toBe(0);
    expect(out).toContain('[#console reminder] Reminder: Internet Governance Forum 2025 (IGF 2025) starts in 7 days');
    expect(out).toContain('[#console reminder] (delayed: this was due 2025-06-16 09:00 Europe/Zurich');
    expect(out).toContain('This channel gets events and deadlines, at 09:00 Europe/Zurich');
  }, 30_000);
});
