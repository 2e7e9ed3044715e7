/**
 * Unsigned bodies (issue 16, item 2): 200 clients each declare a 3.9 MB body to /slack/events and
 * send it slowly (64 KiB every 20 ms), all at once, against a real server in its own process
 * (bench/hardening.child.ts: the real Slack app on the shared server). Before the limits, all got
 * 401 but only after the server had buffered every body (RSS 121 → 878 MB). Goal: every request is
 * refused with 413 before its body is read, the server's RSS grows ≤ 50 MB whatever the number of
 * bodies, and /healthz keeps answering. The baseline is the same server's RSS before the flood.
 */
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mb, startTarget, watchHealth } from './hardening-support.js';

const CLIENTS = 200;
const ROUNDS = 3;
const BODY = 3_900_000;
const GOAL_RSS_MB = 50;

function slowClient(port: number): Promise<{ status: string; sent: number }> {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sock.destroyed || sent >= BODY) return;
      const n = Math.min(65536, BODY - sent);
      sock.write(Buffer.alloc(n, 0x61));
      sent += n;
    }, 20);
    sock.on('data', (d) => (response += d.toString('latin1')));
    sock.on('error', () => {});
    sock.on('close', () => {
      clearInterval(timer);
      resolve({ status: /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 'none', sent });
    });
    sock.write(`POST /slack/events HTTP/1.1\r\nHost: bench\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${BODY}\r\n\r\n`);
  });
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-slow-'));
  try {
    const target = await startTarget(path.join(dir, 'db.json'));
    const base = `http://127.0.0.1:${target.port}`;
    try {
      // Warm: one small unsigned request (401) so Bolt's code is loaded before the baseline.
      await (await fetch(`${base}/slack/events`, { method: 'POST', body: 'command=%2Fcwg' })).arrayBuffer();
      const before = await target.memory();
      const health = watchHealth(`${base}/healthz`);
      const t0 = performance.now();
      const statuses: Record<string, number> = {};
      const rounds: number[] = [];
      let sent = 0;
      let maxStall = 0;
      // Rounds of 200: memory that grew with the number of bodies would show as a rise per round.
      for (let r = 0; r < ROUNDS; r++) {
        const results = await Promise.all(Array.from({ length: CLIENTS }, () => slowClient(target.port)));
        for (const x of results) {
          statuses[x.status] = (statuses[x.status] ?? 0) + 1;
          sent += x.sent;
        }
        const m = await target.memory();
        maxStall = Math.max(maxStall, m.maxStallMs);
        rounds.push(m.rss);
      }
      const ms = performance.now() - t0;
      const h = await health.stop();
      const after = await target.memory();
      const added = (Math.max(...rounds) - before.rss) / 1024 / 1024;
      const ok = statuses['413'] === CLIENTS * ROUNDS && added <= GOAL_RSS_MB;
      const report = [
        `${ROUNDS} × ${CLIENTS} slow ${(BODY / 1e6).toFixed(1)} MB unsigned bodies at once: ${JSON.stringify(statuses)} in ${(ms / 1000).toFixed(1)} s; clients got to send ${(sent / 1024 / 1024).toFixed(0)} MB of ${((ROUNDS * CLIENTS * BODY) / 1024 / 1024).toFixed(0)} MB`,
        `server RSS before ${mb(before.rss)} MB, after each round ${rounds.map((r) => mb(r)).join(' / ')} MB (peak ${mb(after.peakRss)} MB): +${added.toFixed(1)} MB (goal ≤ ${GOAL_RSS_MB})`,
        `/healthz meanwhile: ${h.count} polls, slowest ${h.max.toFixed(1)} ms; server event loop held at most ${maxStall.toFixed(1)} ms`,
      ].join('\n');
      return { report, ok };
    } finally {
      target.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
