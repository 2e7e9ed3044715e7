import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { item, storeWith, sub } from './helpers.js';

const CHILD = path.join(REPO_ROOT, 'tests/reminders/fixtures/fan-out-child.ts');
const NOW = '2025-04-03T07:01:00Z'; // one minute after 09:00 Geneva: the 7-day reminder of ev-a is due

function startChild(file: string, url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, url, NOW], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => ({ out, err }) };
}

describe('restart in the middle of a 200-channel fan-out', () => {
  it('delivers every reminder exactly once after the process is killed and started again, twice', async () => {
    const api = await startSlackApiStandIn();
    try {
      api.limitPerChannel(1000, 1);
      const subs = Array.from({ length: 200 }, (_, i) => sub(`C${String(i + 1).padStart(4, '0')}`, {}, 'slack'));
      const { store, file } = await storeWith([item({ id: 'ev-a', kind: 'event', when: { type: 'date', start: '2025-04-10' } })], subs);
      await store.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
      await store.close();

      const first = startChild(file, api.url);
      // Kill it (no chance to clean up) once a good part of the fan-out has gone out.
      const deadline = Date.now() + 15_000;
      while (api.callsTo('chat.postMessage').length < 70 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      first.child.kill('SIGKILL');
      const killed = await first.exited;
      expect(killed.signal).toBe('SIGKILL');
      const postedBeforeKill = [...api.posted.values()].reduce((n, l) => n + l.length, 0);
      expect(postedBeforeKill).toBeGreaterThan(0);
      expect(postedBeforeKill).toBeLessThan(200);

      const afterKill = await openLowdbStore(file);
      const states = afterKill.read().ledger.map((e) => e.state);
      await afterKill.close();
      // Everything was marked intended before sending; only part was confirmed before the kill.
      expect(states.length).toBe(200);
      expect(states.filter((s) => s === 'confirmed').length).toBeLessThan(postedBeforeKill + 1);

      // Killed again, part-way through the catch-up: restarts can repeat.
      const second = startChild(file, api.url);
      const postsNow = () => [...api.posted.values()].reduce((n, l) => n + l.length, 0);
      const deadline2 = Date.now() + 15_000;
      while (postsNow() < postedBeforeKill + 40 && Date.now() < deadline2) await new Promise((r) => setTimeout(r, 5));
      second.child.kill('SIGKILL');
      expect((await second.exited).signal).toBe('SIGKILL');
      expect(postsNow()).toBeLessThan(200);
      const afterSecondKill = await openLowdbStore(file);
      const confirmedBeforeThird = afterSecondKill.read().ledger.filter((e) => e.state === 'confirmed').length;
      await afterSecondKill.close();
      const postedBeforeThird = postsNow();

      const third = startChild(file, api.url);
      const done = await third.exited;
      expect(done.code, third.output().err).toBe(0);
      const summary = JSON.parse(third.output().out.trim().split('\n').at(-1)!);
      expect(summary.completed).toBe(true);

      // Exactly one message per channel, carrying the ledger key in its metadata.
      for (const s of subs) {
        const msgs = api.posted.get(s.conversation.id) ?? [];
        expect(msgs.length, s.conversation.id).toBe(1);
        expect(msgs[0]!.metadata).toMatchObject({ event_type: 'cwg_reminder', event_payload: { key: expect.stringContaining(`:7d:${s.id}`) } });
      }
      // The ones sent but not yet confirmed at the last kill (confirmations are written in batches of 50)
      // were found in the channel history, not re-sent.
      expect(summary.alreadyDelivered).toBeGreaterThan(0);
      expect(api.callsTo('conversations.history').length).toBeGreaterThan(0);
      expect(summary.alreadyDelivered).toBe(postedBeforeThird - confirmedBeforeThird);
      expect(summary.sent + summary.alreadyDelivered).toBe(200 - confirmedBeforeThird);
      const final = await openLowdbStore(file);
      expect(final.read().ledger.every((e) => e.state === 'confirmed')).toBe(true);
      expect(final.read().reminders.lastTickAt).toBe(new Date(NOW).toISOString());
      await final.close();
    } finally {
      await api.close();
    }
  }, 60_000);
});
