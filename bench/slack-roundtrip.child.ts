/**
 * One app under test for bench/slack-roundtrip.bench.ts, in its own process so its resident
 * memory is its own. argv: "cwg" (the real Slack app over a 10,000-item data file, answering in the
 * ack; or over a postgres:// URL given instead of the file), "cwg-respond" (the same app acking first and answering through response_url, ack budget 0)
 * or "bare" (a Bolt app whose /cwg acks a constant string). Talks to the parent over IPC:
 * → { port }, then answers "rss" with { rss, heapUsed, peakRss } and "stop" by exiting.
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBot } from '../src/bot.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createHealthRoute } from '../src/http/health-route.js';
import { startHttpServer } from '../src/http/server.js';
import { silentLogger } from '../src/log.js';
import { createSlackApp } from '../src/platforms/slack/slack-app.js';
import { openStore } from '../src/store/open-store.js';

const [mode, dataFile, apiUrl, secret] = process.argv.slice(2) as [string, string, string, string];
const send = (m: unknown) => process.send?.(m);

let port: number;
if (mode === 'cwg' || mode === 'cwg-respond') {
  // a postgres:// URL instead of a file: the PostgreSQL backend (bench/postgres.bench.ts)
  const store = await openStore(/^postgres/.test(dataFile) ? { dataFile: '', databaseUrl: dataFile } : { dataFile });
  const clock = manualClock(new Date('2025-02-20T09:00:00+01:00'));
  const config = { ...loadConfig({}), dataFile };
  const bot = createBot({ config, store, clock, log: silentLogger });
  const slack = createSlackApp({
    bot,
    slack: { mode: 'http', botToken: 'xoxb-bench', signingSecret: secret, apiUrl },
    log: silentLogger,
    botId: 'B0BOT',
    botUserId: 'U0BOT',
    ...(mode === 'cwg-respond' ? { ackBudgetMs: 0 } : {}),
  });
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes: [createHealthRoute({ store, clock }), slack.route!], log: silentLogger });
  port = http.port;
} else {
  const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
  const receiver = new HTTPReceiver({ signingSecret: secret, logger: quiet });
  const app = new App({
    token: 'xoxb-bench',
    receiver,
    logger: quiet,
    tokenVerificationEnabled: false,
    botId: 'B0BOT',
    botUserId: 'U0BOT',
    convoStore: false,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command('/cwg', async ({ ack }) => {
    await ack('Next deadline: see the calendar.');
  });
  // Served the same way as the real app (a node:http server calling the receiver's listener).
  const server = createServer((req, res) => receiver.requestListener(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
}
send({ port });
process.on('message', (m) => {
  if (m === 'rss') {
    (globalThis as { gc?: () => void }).gc?.();
    send({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed, peakRss: process.resourceUsage().maxRSS * 1024 });
  }
  if (m === 'stop') process.exit(0);
});
