import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/editing/parse-date.js';
import { cleanUrl } from '../../src/calendar/safe-url.js';
import { sanitizeInput, stripCommandPrefix, tokenize } from '../../src/dispatch/input.js';
import { parseFilter } from '../../src/answers/parse-filter.js';
import { cleanText, stripEscapeSequences } from '../../src/editing/clean-text.js';
import { readFieldWords } from '../../src/editing/command-args.js';
import { previewImport } from '../../src/editing/import-calendar.js';
import { readFields } from '../../src/editing/item-fields.js';
import { containsLink, neutraliseText } from '../../src/calendar/sanitize-text.js';
import { parseFeedQuery } from '../../src/export/feed-query.js';
import { messagesFor } from '../../src/i18n/index.js';
import { firstWord, readSlashText } from '../../src/platforms/slack/command-text.js';
import { readModalMeta, readModalValues } from '../../src/platforms/slack/modal-views.js';
import { commandLineOf } from '../../src/platforms/teams/activity.js';
import { lineForSubmit } from '../../src/platforms/teams/submit.js';
import { makeTestBot } from '../support/fixtures.js';

/**
 * Every reader of user text, on 1 MB of adversarial input, against two linear baselines measured in
 * the same run: the same reader on 100 KB (×10), and a plain scan of the 1 MB. A quadratic reader
 * takes ~100× (or seconds) where a linear one takes ~10×; the bound leaves room for noise and GC.
 * Ratios only, never an absolute time.
 */
const MB = 1 << 20;

/** Input families that make backtracking regexes and naive loops quadratic. */
const FAMILIES: Record<string, (n: number) => string> = {
  spaces: (n) => `${' '.repeat(n - 1)}x`,
  'x spaces y (share)': (n) => `x${' '.repeat(n - 2)}y`,
  'x spaces sharex': (n) => `x${' \t'.repeat((n - 7) / 2)}sharex`,
  'lt run': (n) => '<'.repeat(n),
  'lt at run': (n) => '<at>'.repeat(n / 4),
  words: (n) => 'a '.repeat(n / 2),
  quotes: (n) => '"“'.repeat(n / 2),
  dots: (n) => `1${' '.repeat(n / 2)}.${'.'.repeat(n / 2 - 2)}x`,
  'field=': (n) => `title=${'a='.repeat((n - 6) / 2)}`,
  escapes: (n) => '\u001b['.repeat(n / 2),
  'osc open': (n) => `\u001b]0;${'x'.repeat(n - 4)}`,
  'www dots': (n) => 'www.a-'.repeat(n / 6),
  digits: (n) => '1 '.repeat(n / 2),
  'amp entities': (n) => '&amp;'.repeat(n / 5),
};

function scan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function timeOf(fn: () => unknown): number {
  const t = performance.now();
  try {
    const out = fn();
    if (out instanceof Promise) throw new Error('async parser timed synchronously');
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('async parser')) throw err;
    // A refusal (too long, not a date) is an answer like any other.
  }
  return performance.now() - t;
}

async function timeOfAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn().catch(() => undefined);
  return performance.now() - t;
}

describe('every input reader is linear on 1 MB of adversarial text', () => {
  it('each reader on 1 MB costs at most ~4× its linear extrapolation from 100 KB (or a few scans of the input)', async () => {
    const t = await makeTestBot();
    const msg = messagesFor();
    const items = t.store.read().items;
    const bot = { id: '28:bot', name: 'CWG' };
    const sync: Record<string, (s: string) => unknown> = {
      'slack readSlashText': (s) => readSlashText(s),
      'slack firstWord': (s) => firstWord(s),
      'teams commandLineOf': (s) => commandLineOf({ text: s, recipient: bot, entities: [{ type: 'mention', text: '<at>CWG</at>', mentioned: bot } as never] }),
      'teams lineForSubmit': (s) => lineForSubmit({ cwg: 'show', id: s }),
      'dispatch sanitizeInput': (s) => sanitizeInput(s),
      'dispatch tokenize': (s) => stripCommandPrefix(tokenize(s)),
      'dispatch parseFilter': (s) => parseFilter([s], items, msg),
      'calendar parseDate': (s) => parseDate(s),
      'editing readFieldWords': (s) => readFieldWords([s, `place=${s}`], ['title', 'place'], msg, 'usage'),
      'editing readFields (slack modal / teams form)': (s) =>
        readFields({ title: s, place: s, notes: s, date: s, url: s, sendTo: s, tags: s, source: s } as never, { now: new Date('2025-01-15T08:00:00Z') }),
      'editing neutraliseText': (s) => neutraliseText(s),
      'editing containsLink': (s) => containsLink(s),
      'import cleanText': (s) => cleanText(s, { max: 2000, multiline: true }),
      'import stripEscapeSequences': (s) => stripEscapeSequences(s),
      'import cleanUrl': (s) => cleanUrl(s),
      'import previewImport': (s) =>
        previewImport(
          t.store,
          JSON.stringify([
            { id: 'x1', title: s, kind: 'event', status: 'confirmed', when: { type: 'date', start: '2025-01-01' }, source: { document: s, paragraph: '1' } },
          ]),
        ),
      'slack readModalValues': (s) => readModalValues({ title: { value: { type: 'plain_text_input', value: s } } }),
      'slack readModalMeta': (s) => readModalMeta(s),
      'feed parseFeedQuery': (s) => parseFeedQuery(new URLSearchParams({ tags: s, who: s, id: s }), items, msg),
    };
    const asyncReaders: Record<string, (s: string) => Promise<unknown>> = {
      'bot.handle (whole dispatcher)': (s) => t.ask(s, { id: 'U0DELEG01', platform: 'slack' }),
    };

    const rows: Array<{ reader: string; family: string; big: number; small: number; scan: number; ok: boolean }> = [];
    for (const [family, make] of Object.entries(FAMILIES)) {
      const big = make(MB);
      const small = make(MB / 10);
      const scanMs = Math.max(
        timeOf(() => scan(big)),
        timeOf(() => scan(big)),
      );
      const check = (reader: string, smallMs: number, bigMs: number) => {
        const ok = bigMs <= 4 * 10 * smallMs + 50 * scanMs + 1;
        rows.push({ reader, family, big: bigMs, small: smallMs, scan: scanMs, ok });
      };
      for (const [reader, fn] of Object.entries(sync)) {
        timeOf(() => fn(small));
        const smallMs = Math.min(
          timeOf(() => fn(small)),
          timeOf(() => fn(small)),
          timeOf(() => fn(small)),
        );
        const bigMs = Math.min(
          timeOf(() => fn(big)),
          timeOf(() => fn(big)),
        );
        check(reader, smallMs, bigMs);
      }
      for (const [reader, fn] of Object.entries(asyncReaders)) {
        await fn(small);
        const smallMs = Math.min(await timeOfAsync(() => fn(small)), await timeOfAsync(() => fn(small)));
        const bigMs = Math.min(await timeOfAsync(() => fn(big)), await timeOfAsync(() => fn(big)));
        check(reader, smallMs, bigMs);
      }
    }
    const worst = rows.reduce((a, b) => (b.big > a.big ? b : a));
    console.info(
      `parsers on 1 MB: ${rows.length} runs; worst ${worst.reader} on "${worst.family}": ${worst.big.toFixed(2)} ms (100 KB: ${worst.small.toFixed(2)} ms, scan of 1 MB: ${worst.scan.toFixed(2)} ms)`,
    );
    expect(rows.filter((r) => !r.ok).map((r) => `${r.reader} / ${r.family}: ${r.big.toFixed(1)} ms vs ${r.small.toFixed(2)} ms at 100 KB`)).toEqual([]);
  }, 120_000);
});
