import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DbSchema } from '../../src/store/db-schema.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { item, storeWith, sub } from '../reminders/helpers.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { type BotProcess, inBatches, runCwg, startBot } from './support/processes.js';

/** The data file as it is on disk now: always a whole, valid file, whatever was killed when. */
function onDisk(file: string) {
  const parsed = DbSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`the data file is not valid: ${parsed.error.message}`);
  return parsed.data;
}

async function stop(bot: BotProcess): Promise<void> {
  if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
  await bot.exited;
}

describe('several processes on one lowdb data file (real processes)', () => {
  it('the bot (Slack HTTP mode) answers with each of 20 CLI edits made while it runs and writes, and none is lost', async () => {
    const api = await startSlackApiStandIn();
    const file = path.join(tempDir(), 'cwg.db.json');
    const seeded = await openLowdbStore(file);
    const ids = seeded
      .read()
      .items.slice(0, 20)
      .map((i) => i.id);
    await seeded.close();
    // A 3 s lease: the bot renews it every 1.5 s, one more writer racing the CLI.
    const bot = await startBot(file, api.url, { CWG_REMINDER_LEASE_SECONDS: '3' });
    try {
      const edits = inBatches(
        4,
        ids.map((id, i) => () => runCwg(file, ['edit', id, `notes=edited-by-the-cli-${i}`])),
      );
      const subscribed = await bot.ask('subscribe');
      expect(subscribed).toBeDefined();
      for (const r of await edits) expect(r.code, r.out).toBe(0);
      for (const [i, id] of ids.entries()) expect(await bot.ask(`show ${id}`), id).toContain(`edited-by-the-cli-${i}`);
    } finally {
      await stop(bot);
      await api.close();
    }
    const db = onDisk(file);
    for (const [i, id] of ids.entries()) expect(db.items.find((x) => x.id === id)!.description).toBe(`edited-by-the-cli-${i}`);
    expect(db.audit.filter((e) => e.action === 'edit')).toHaveLength(20);
    expect(db.subscriptions.map((s) => s.id)).toEqual(['slack:C0GENERAL']);
    expect(db.leases).toEqual({}); // released at SIGTERM
  }, 120_000);

  it('two bots on one file, SIGKILLed in turn 5 times: the file is always valid, no acknowledged edit is lost, each reminder is posted once', async () => {
    const api = await startSlackApiStandIn();
    const channels = Array.from({ length: 12 }, (_, i) => sub(`C${String(i + 1).padStart(4, '0')}`, { digest: false }, 'slack'));
    const editable = Array.from({ length: 30 }, (_, i) => item({ id: `x${i}`, kind: 'event', when: { type: 'date', start: '2025-09-01' } }));
    const { store, file } = await storeWith(
      [
        item({ id: 'ev-a', kind: 'event', when: { type: 'date', start: '2025-04-10' } }),
        item({ id: 'ev-b', kind: 'event', when: { type: 'date', start: '2025-04-10' } }),
        ...editable,
      ],
      channels,
    );
    await store.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
    await store.close();
    // Both rehearsal clocks follow one timeline (09:00:20 in Geneva at the start), whenever a bot starts.
    const base = Date.parse('2025-04-03T07:00:20Z');
    const t0 = Date.now();
    const env = () => ({ CWG_NOW: new Date(base + Date.now() - t0).toISOString(), CWG_REMINDER_LEASE_SECONDS: '3' });
    const bots = [await startBot(file, api.url, env()), await startBot(file, api.url, env())];
    const acknowledged = new Map<string, string>();
    const kills: string[] = [];
    try {
      for (let round = 0; round < 5; round++) {
        const victim = round % 2;
        const edits = Array.from({ length: 6 }, (_, k) => {
          const id = `x${round * 6 + k}`;
          const note = `round${round}-edit${k}`;
          return bots[k % 2]!.ask(`edit ${id} notes=${note}`).then((answer) => {
            if (answer?.includes('Changed')) acknowledged.set(id, note);
          });
        });
        await new Promise((r) => setTimeout(r, 150 + Math.random() * 450));
        bots[victim]!.child.kill('SIGKILL');
        kills.push(`${(await bots[victim]!.exited).signal}`);
        await Promise.all(edits);
        onDisk(file);
        bots[victim] = await startBot(file, api.url, env());
      }
      // The survivor (or the restarted one) takes over what the killed holder left claimed.
      const deadline = Date.now() + 40_000;
      while (onDisk(file).ledger.filter((e) => e.state === 'confirmed').length < 24 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      for (const b of bots) await stop(b);
      await api.close();
    }
    expect(kills).toEqual(['SIGKILL', 'SIGKILL', 'SIGKILL', 'SIGKILL', 'SIGKILL']);
    const db = onDisk(file);
    // Not vacuous: edits were acknowledged (the survivor's at least; under heavy load the victim's die first: 10 of 30 seen at load 10).
    expect(acknowledged.size).toBeGreaterThanOrEqual(5);
    for (const [id, note] of acknowledged) expect(db.items.find((x) => x.id === id)!.description, id).toBe(note);
    expect(db.ledger.filter((e) => e.state === 'confirmed')).toHaveLength(24);
    for (const c of channels) {
      const keys = (api.posted.get(c.conversation.id) ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key);
      expect(keys.sort(), c.id).toEqual([expect.stringContaining('ev-a'), expect.stringContaining('ev-b')]);
    }
  }, 180_000);

  it('a symlinked data file stays a link, and its target receives every change', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'volume'));
    const target = path.join(dir, 'volume', 'cwg.db.json');
    const link = path.join(dir, 'cwg.db.json');
    symlinkSync(target, link);
    const results = await Promise.all([runCwg(link, ['edit', 'igf-2025', 'notes=one']), runCwg(link, ['edit', 'hlpf-2025', 'notes=two'])]);
    for (const r of results) expect(r.code, r.out).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const db = onDisk(target);
    expect(db.items.find((i) => i.id === 'igf-2025')!.description).toBe('one');
    expect(db.items.find((i) => i.id === 'hlpf-2025')!.description).toBe('two');
  }, 60_000);

  it('the lock of a SIGKILLed holder is taken over within seconds, and its unfinished change never lands', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file, { lock: { staleMs: 2000, waitMs: 15_000 } });
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'tests/store/fixtures/hold-lock-child.ts'), file, '2000'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    for (let i = 0; i < 400 && !out.includes('holding'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(out).toContain('holding');
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const started = Date.now();
    await store.update((d) => {
      d.items[1]!.title = 'after the takeover';
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const db = onDisk(file);
    expect(db.items[1]!.title).toBe('after the takeover');
    expect(db.items[0]!.title).not.toBe('never written');
    await store.close();
  }, 30_000);
});
