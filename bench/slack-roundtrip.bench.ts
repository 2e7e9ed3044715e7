/**
 * Slack round trip with 10,000 calendar items: the real app (HTTP receiver → /cwg next-deadline)
 * against a bare Bolt app that acks a constant string, same run, each in its own process.
 *  - bare: signed POST /slack/events → the HTTP response carrying the constant string.
 *  - cwg: the same POST → the HTTP response carrying the Block Kit answer (the app answers in the
 *    ack when it can, see src/platforms/slack/ack-or-respond.ts): the answer round trip.
 *  - cwg-respond: the same app with ack budget 0 (acks empty, answers through response_url), the
 *    design before answering in the ack: its ack and the answer's arrival at response_url.
 *  - resident memory of each process after the load: the peak (the goal; what a host must
 *    provide) and the current RSS after a forced GC, which for the bare app swings 105–140 MB
 *    between runs as V8 does or does not hand pages back.
 * Goals: cwg answer p99 ≤ 1.2× the bare round trip's p99; peak RSS ≤ 1.5× the bare app's.
 * Loopback only, bounded loops; requests go back to back, so work left after one response
 * competes with the next request.
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
type Mode = 'bare' | 'cwg' | 'cwg-respond';
const MODES: Mode[] = ['bare', 'cwg', 'cwg-respond'];

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-'));
  const dataFile = path.join(dir, 'cwg.db.json');
  writeFileSync(dataFile, JSON.stringify(makeDb(ITEMS)));
  const api = await startSlackApiStandIn();
  api.users.set('U0BENCH', { id: 'U0BENCH', tz: 'America/New_York' });
  const answers = await startAnswerSink();
  const children: ChildProcess[] = [];
  try {
    const apps = new Map<Mode, { child: ChildProcess; port: number }>();
    for (const mode of MODES) apps.set(mode, await spawn(mode, dataFile, api.url, children));
    const ack = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
    const answer = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
    const inAck = new Map<Mode, number>(MODES.map((m) => [m, 0]));
    // Interleave rounds so every app sees the same machine conditions.
    for (let round = 0; round < 4; round++) {
      const skip = round === 0 ? WARMUP : 0;
      for (const mode of MODES) {
        const r = await load(apps.get(mode)!.port, skip + MEASURED / 4, answers, mode !== 'bare');
        ack.get(mode)!.push(...r.ack.slice(skip));
        answer.get(mode)!.push(...r.answer.slice(skip));
        inAck.set(mode, inAck.get(mode)! + r.inAck.slice(skip).filter(Boolean).length);
      }
    }
    const rss = new Map<Mode, Memory>();
    for (const mode of MODES) rss.set(mode, await rssOf(apps.get(mode)!.child));
    const bareP99 = pct(ack.get('bare')!, 99);
    const answerRatio = pct(answer.get('cwg')!, 99) / bareP99;
    const oldRatio = pct(answer.get('cwg-respond')!, 99) / bareP99;
    const rssRatio = rss.get('cwg')!.peakRss / rss.get('bare')!.peakRss;
    const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
    const row = (name: string, xs: number[]) => `  ${name.padEnd(44)} p50 ${pct(xs, 50).toFixed(2)} ms   p99 ${pct(xs, 99).toFixed(2)} ms   (n=${xs.length})`;
    const report = [
      `${ITEMS} items, ${MEASURED} measured requests per app (after ${WARMUP} warm-up), loopback, Node ${process.version}`,
      row('bare Bolt round trip (constant string)', ack.get('bare')!),
      row('cwg answer round trip (answer in the ack)', answer.get('cwg')!),
      row('cwg-respond ack (empty)', ack.get('cwg-respond')!),
      row('cwg-respond answer at response_url', answer.get('cwg-respond')!),
      `  answers carried in the ack: cwg ${inAck.get('cwg')}/${MEASURED}, cwg-respond ${inAck.get('cwg-respond')}/${MEASURED}`,
      `  answer p99 ratio ${answerRatio.toFixed(2)}× (goal ≤ 1.2×); with ack-then-respond ${oldRatio.toFixed(2)}×`,
      `  peak RSS: bare ${mb(rss.get('bare')!.peakRss)}, cwg ${mb(rss.get('cwg')!.peakRss)}, cwg-respond ${mb(rss.get('cwg-respond')!.peakRss)}: ratio ${rssRatio.toFixed(2)}× (goal ≤ 1.5×)`,
      `  RSS after GC: bare ${mb(rss.get('bare')!.rss)}, cwg ${mb(rss.get('cwg')!.rss)} (heap ${mb(rss.get('cwg')!.heapUsed)}), cwg-respond ${mb(rss.get('cwg-respond')!.rss)}: ratio ${(rss.get('cwg')!.rss / rss.get('bare')!.rss).toFixed(2)}× (reported)`,
    ].join('\n');
    return { report, ok: answerRatio <= 1.2 && rssRatio <= 1.5 && inAck.get('cwg') === MEASURED };
  } finally {
    for (const c of children) c.send('stop');
    await answers.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function spawn(mode: Mode, dataFile: string, apiUrl: string, children: ChildProcess[]): Promise<{ child: ChildProcess; port: number }> {
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

interface Memory {
  rss: number;
  heapUsed: number;
  peakRss: number;
}

function rssOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Memory));
    child.send('rss');
  });
}

let trigger = 0;

/**
 * n signed /cwg requests, one after another. For the real app the answer is either the HTTP
 * response itself (a JSON message with blocks) or, after an empty ack, the next POST to the sink.
 */
export async function load(
  port: number,
  n: number,
  answers: AnswerSink,
  expectAnswer: boolean,
  text = 'next-deadline',
): Promise<{ ack: number[]; answer: number[]; inAck: boolean[] }> {
  const ack: number[] = [];
  const answer: number[] = [];
  const inAck: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const body = new URLSearchParams({
      token: 'x',
      team_id: 'T0BENCH',
      team_domain: 'bench',
      channel_id: 'C0BENCH',
      channel_name: 'bench',
      user_id: 'U0BENCH',
      user_name: 'bench',
      command: '/cwg',
      text,
      api_app_id: 'A0BENCH',
      response_url: answers.url,
      trigger_id: `b.${++trigger}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(SECRET, ts, body),
      },
      body,
    });
    const reply = await res.text();
    const t1 = performance.now();
    ack.push(t1 - t0);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    if (!expectAnswer) continue;
    inAck.push(reply.includes('"blocks"'));
    if (inAck[i]) {
      answer.push(t1 - t0);
    } else {
      answer.push((await answers.next()) - t0);
    }
  }
  return { ack, answer, inAck };
}

interface AnswerSink {
  url: string;
  /** When the next answer arrived (performance.now()), waiting for it if it has not yet. */
  next(): Promise<number>;
  close(): Promise<void>;
}

export async function startAnswerSink(): Promise<AnswerSink> {
  const arrived: number[] = [];
  let waiting: Array<(at: number) => void> = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const at = performance.now();
      res.end('{"ok":true}');
      const w = waiting.shift();
      if (w) w(at);
      else arrived.push(at);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/response`,
    next: () => (arrived.length ? Promise.resolve(arrived.shift()!) : new Promise<number>((r) => waiting.push(r))),
    close: () =>
      new Promise<void>((r) => {
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
      variant === 0
        ? { type: 'tba', approx: day.slice(0, 4) }
        : variant === 1 && i - 50 >= seed.items.length
          ? { type: 'relative', anchor: `gen-${i - 50}`, offsetDays: -21, bound: 'by' }
          : variant < 5
            ? { type: 'datetime', start: `${day}T13:30`, end: `${day}T15:00`, tz: 'Europe/Zurich' }
            : { type: 'date', start: day };
    items.push({
      id: `gen-${i}`,
      kind,
      title: `Generated ${kind} ${i} on WSIS & SDGs`,
      when,
      status: when.type === 'tba' ? 'tba' : 'confirmed',
      place: i % 4 === 0 ? 'Geneva, CICG' : undefined,
      whoMustAct: [actors[i % 3]],
      tags: [tags[i % tags.length]],
      source: { document: 'Generated for the benchmark', paragraph: `${1 + (i % 9)}.${i % 13}` },
      seeAlso: [],
      history: [],
      review: [],
      dateVersion: 0,
      revision: 0,
    });
  }
  return { schemaVersion: CURRENT_SCHEMA_VERSION, items, audit: [], subscriptions: [], ledger: [], reminders: {}, platforms: {} };
}
