/**
 * An answer in another language costs no more than one in English: goal ≤ 1.1× the English time,
 * in the same run. Each language answers the same lines through the dispatcher (parse, run, plain
 * text) and is rendered as Block Kit and as an Adaptive Card, as a Slack or Teams answer would be.
 * Chinese always; Arabic as soon as its catalogue is registered (its answers also pay for isolating
 * Latin tokens, src/i18n/bidi.ts). After a warm-up that compiles every message used, the languages
 * take turns answer set by answer set (en, zh, en, zh…, the order rotating), so a busy machine weighs
 * on all of them alike, and the median answer set of each is compared.
 */
import { createBot } from '../src/bot.js';
import { rehearsalClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Caller } from '../src/dispatch/context.js';
import { hasCatalogue, messagesFor, registerCatalogue } from '../src/i18n/index.js';
import { createLogger } from '../src/log.js';
import { renderAdaptiveCard } from '../src/render/adaptive-cards.js';
import { renderSlackBlocks } from '../src/render/slack-blocks.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LINES = ['next-deadline', 'next-event', 'upcoming 90', 'deadlines', 'show igf-2025', 'show cwg-42', 'search forum', 'subscriptions', 'language', 'help'];
const SAMPLES = 400;
const GOAL = 1.1;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-lang-'));
  try {
    const store = await openLowdbStore(path.join(dir, 'cwg.db.json'));
    const bot = createBot({ config: loadConfig({}), store, clock: rehearsalClock(new Date('2025-03-01T09:00:00+01:00')), log: createLogger(() => {}) });
    // Informational until ar.ts arrives: the English words with an Arabic locale, so every Latin run is
    // isolated (the worst case for src/i18n/bidi.ts: an Arabic answer isolates only its Latin tokens).
    registerCatalogue('qr', { 'meta.locale': 'ar' });
    const langs = ['en', 'zh', ...(hasCatalogue('ar') ? ['ar'] : []), 'qr'];
    const callers: Record<string, Caller> = Object.fromEntries(
      langs.map((l) => [l, { id: `U0${l.toUpperCase()}`, platform: 'slack', locale: l, tz: 'America/New_York' }]),
    );
    const conversation = { platform: 'slack' as const, id: 'C0BENCH' };
    const answer = async (lang: string) => {
      for (const line of LINES) {
        const reply = await bot.handle(line, callers[lang]!, conversation);
        if (reply.lang !== lang) throw new Error(`${line} answered in ${reply.lang}, not ${lang}`);
        const msg = messagesFor(lang);
        renderSlackBlocks(reply, { msg, isSecretariat: false, features: { subscribe: true, calendar: true } });
        renderAdaptiveCard(reply, { msg, tz: 'America/New_York', subscribe: true });
      }
    };
    for (const lang of langs) for (let i = 0; i < 5; i++) await answer(lang); // warm-up: every message compiled, formatters cached
    const times: Record<string, number[]> = Object.fromEntries(langs.map((l) => [l, []]));
    for (let r = 0; r < SAMPLES; r++) {
      // Rotate the order, so no language always runs right after another one's garbage.
      for (const lang of langs.map((_, i) => langs[(i + r) % langs.length]!)) {
        const t = performance.now();
        await answer(lang);
        times[lang]!.push((performance.now() - t) / LINES.length);
      }
    }
    await store.close();
    const en = median(times.en!);
    const rows = langs.map((l) => {
      const m = median(times[l]!);
      return { lang: l, ms: m, ratio: m / en };
    });
    const ok = rows.every((r) => r.lang === 'qr' || r.ratio <= GOAL);
    const lines = [
      `${LINES.length} command lines × ${SAMPLES} interleaved samples per language (dispatch + plain text + Block Kit + Adaptive Card), seed calendar; median per answer:`,
      ...rows.map((r) => {
        const vs =
          r.lang === 'en'
            ? ' (baseline)'
            : r.lang === 'qr'
              ? ` = ${r.ratio.toFixed(2)}× en (informational: right to left, every Latin run isolated)`
              : ` = ${r.ratio.toFixed(2)}× en (goal ≤ ${GOAL}×)`;
        return `  ${r.lang}: ${r.ms.toFixed(3)} ms${vs}`;
      }),
      ...(hasCatalogue('ar') ? [] : ['  ar: not measured (its catalogue is not registered yet; picked up automatically once it is)']),
    ];
    return { report: lines.join('\n'), ok };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
