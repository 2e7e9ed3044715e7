/**
 * Slack round trip with 10,000 calendar items: the real app (HTTP receiver → /cwg next-deadline)
 * against a bare Bolt app that acks a constant string, same run, each in its own process.
 *  - ack round trip: signed POST /slack/events → HTTP response (what Slack times against 3 s).
 *    Requests go back to back, so the answer work of one request competes with the next ack.
 *  - answer latency (ours): POST → Block Kit answer arriving at response_url (reported, no goal).
 *  - resident memory of each process after the load.
 * Goals: ack p99 ≤ 1.2× the bare app's; RSS ≤ 1.5× the bare app's. Loopback only, bounded loops.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../src/store/db-schema.js';
import { startSlackApiStandIn } from '../tests/support/slack-api-stand-in.js';
import { slackSignature } from '../tests/slack/support/slack-harness-sign.js';

const ITEMS = 10_000;
const WARMUP = 200;
const MEASURED = 2000;
const SECRET = 'bench-secret';
const here = path.dirname(new URL(import.meta.url).pathname);

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-'));
  const dataFile = path.join(dir, 'cwg.db.json');
  writeFileSync(dataFile, JSON.stringify(makeDb(ITEMS)));
  const api = await startSlackApiStandIn();
  api.users.set('U0BENCH', { id: 'U0BENCH', tz: 'America/New_York' });
  const answers = await startAnswerSink();
  const children: ChildProcess[] = [];
  try {
    const bare = await spawn('bare', dataFile, api.url, children);
    const cwg = await spawn('cwg', dataFile, api.url, children);
    // Interleave rounds so both apps see the same machine conditions.
    const bareAck: number[] = [];
    const cwgAck: number[] = [];
    const cwgAnswer: number[] = [];
    for (let round = 0; round < 4; round++) {
      const n = (round === 0 ? WARMUP : 0) + MEASURED / 4;
      const b = await load(bare.port, n, answers.url, undefined);
      const c = await load(cwg.port, n, answers.url, answers);
      const skip = round === 0 ? WARMUP : 0;
      bareAck.push(...b.ack.slice(skip));
      cwgAck.push(...c.ack.slice(skip));
      cwgAnswer.push(...c.answer.slice(skip));
    }
    const [bareRss, cwgRss] = [await rssOf(bare.child), await rssOf(cwg.child)];
    const ackRatio = pct(cwgAck, 99) / pct(bareAck, 99);
    const rssRatio = cwgRss.rss / bareRss.rss;
    const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
    const row = (name: string, xs: number[]) => `  ${name.padEnd(34)} p50 ${pct(xs, 50).toFixed(2)} ms   p99 ${pct(xs, 99).toFixed(2)} ms   (n=${xs.length})`;
    const report = [
      `${ITEMS} items, ${MEASURED} measured requests per app (after ${WARMUP} warm-up), loopback, Node ${process.version}`,
      row('bare Bolt ack (constant string)', bareAck),
      row('cwg ack (/cwg next-deadline)', cwgAck),
      row('cwg answer at response_url', cwgAnswer),
      `  ack p99 ratio ${ackRatio.toFixed(2)}× (goal ≤ 1.2×); answer p99 vs bare ack ${(pct(cwgAnswer, 99) / pct(bareAck, 99)).toFixed(2)}× (no goal)`,
      `  RSS bare ${mb(bareRss.rss)}, cwg ${mb(cwgRss.rss)} (heap ${mb(cwgRss.heapUsed)}): ratio ${rssRatio.toFixed(2)}× (goal ≤ 1.5×)`,
    ].join('\n');
    return { report, ok: ackRatio <= 1.2 && rssRatio <= 1.5 };
  } finally {
    for (const c of children) c.send('stop');
    await answers.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function spawn(mode: 'cwg' | 'bare', dataFile: string, apiUrl: string, children: ChildProcess[]): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.join(here, 'slack-roundtrip.child.ts'), [mode, dataFile, apiUrl, SECRET], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${mode} app exited (${code})`)));
  });
  return { child, port };
}

function rssOf(child: ChildProcess): Promise<{ rss: number; heapUsed: number }> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as { rss: number; heapUsed: number }));
    child.send('rss');
  });
}

let trigger = 0;

/** n signed /cwg requests, one after another; for the real app, waits for each answer too. */
export async function load(port: number, n: number, responseUrl: string, answers: AnswerSink | undefined, text = 'next-deadline'): Promise<{ ack: number[]; answer: number[] }> {
  const ack: number[] = [];
  const answer: number[] = [];
  for (let i = 0; i < n; i++) {
    const body = new URLSearchParams({
      token: 'x', team_id: 'T0BENCH', team_domain: 'bench', channel_id: 'C0BENCH', channel_name: 'bench', user_id: 'U0BENCH', user_name: 'bench',
      command: '/cwg', text, api_app_id: 'A0BENCH', response_url: responseUrl, trigger_id: `b.${++trigger}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const arrived = answers?.next();
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(SECRET, ts, body) },
      body,
    });
    await res.text();
    ack.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    if (arrived) {
      await arrived;
      answer.push(performance.now() - t0);
    }
  }
  return { ack, answer };
}

interface AnswerSink {
  url: string;
  next(): Promise<void>;
  close(): Promise<void>;
}

export async function startAnswerSink(): Promise<AnswerSink> {
  let waiting: Array<() => void> = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.end('{"ok":true}');
      const w = waiting.shift();
      w?.();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/response`,
    next: () => new Promise<void>((r) => waiting.push(r)),
    close: () => new Promise<void>((r) => {
      waiting = [];
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** The seed calendar plus generated items up to n: dates over 2024–2035, some timed, relative and tba. */
export function makeDb(n: number): unknown {
  const seed = JSON.parse(readFileSync(path.join(here, '..', 'data', 'calendar.seed.json'), 'utf8')) as { items: Array<Record<string, unknown>> };
  const items: Array<Record<string, unknown>> = [...seed.items];
  const tags = ['igf', 'wsis20', 'cstd', 'hlpf', 'ai', 'council'];
  const actors = ['members', 'secretariat', 'chair'];
  for (let i = items.length; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % (12 * 365)) * 86_400_000).toISOString().slice(0, 10);
    const kind = i % 3 === 0 ? 'event' : 'deadline';
    const variant = i % 10;
    const when =
      variant === 0 ? { type: 'tba', approx: day.slice(0, 4) }
      : variant === 1 && i > 100 ? { type: 'relative', anchor: `gen-${i - 50}`, offsetDays: -21, bound: 'by' }
      : variant < 5 ? { type: 'datetime', start: `${day}T13:30`, end: `${day}T15:00`, tz: 'Europe/Zurich' }
      : { type: 'date', start: day };
    items.push({
      id: `gen-${i}`, kind, title: `Generated ${kind} ${i} on WSIS & SDGs`, when, status: when.type === 'tba' ? 'tba' : 'confirmed',
      place: i % 4 === 0 ? 'Geneva, CICG' : undefined, whoMustAct: [actors[i % 3]], tags: [tags[i % tags.length]],
      source: { document: 'Generated for the benchmark', paragraph: `${1 + (i % 9)}.${i % 13}` }, seeAlso: [], history: [], review: [], dateVersion: 0, revision: 0,
    });
  }
  return { schemaVersion: CURRENT_SCHEMA_VERSION, items, audit: [], subscriptions: [], ledger: [], reminders: {}, platforms: {} };
}
