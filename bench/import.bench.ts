/**
 * `/cwg import` through the dispatcher on a real lowdb file (an empty calendar, CWG_SEED_FILE=none):
 *   - the seed outcomes report as .docx (made with the `docx` library) → draft: first call (modules and
 *     readers loading) and the median of three more; goal ≤ 2 s each;
 *   - the seed report repeated into a PDF of at least 200 pages (tests/intake/files/make-pdf.ts) → draft:
 *     goal ≤ 20 s (issue 13; the progress messages chat shows on the way are the platforms' part);
 *   - a spreadsheet of 1,000 vs 5,000 rows → draft, then "accept 1-10" (a page): growth ≤ 7× for 5× the rows
 *     (nothing quadratic in the draft, its storage or its page).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBot } from '../src/bot.js';
import { rehearsalClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Caller } from '../src/dispatch/context.js';
import { createLogger } from '../src/log.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';
import { makeDocx } from '../tests/intake/files/make-docx.js';
import { makePdf } from '../tests/intake/files/make-pdf.js';

const OPERATOR: Caller = { id: 'operator', platform: 'cli', name: 'bench', isLocalOperator: true };
const PDF_PAGES = 200;
const REPORT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'shared', 'source', 'cwg-wsis-sdg-41-42-outcomes-report.txt');

async function botIn(dir: string) {
  const config = { ...loadConfig({ CWG_SEED_FILE: 'none' }), dataFile: path.join(dir, 'cwg.db.json') };
  const store = await openLowdbStore(config.dataFile, { seedFile: 'none' });
  const bot = createBot({ config, store, clock: rehearsalClock(new Date('2026-12-02T10:00:00Z')), log: createLogger(() => {}) });
  return { bot, store };
}

/** Ms of one command; an answer that is an error stops the bench (an import refused in a millisecond would pass any goal). */
async function timed(fn: () => Promise<{ tone: string; text: string }>): Promise<number> {
  const t0 = performance.now();
  const reply = await fn();
  const ms = performance.now() - t0;
  if (reply.tone !== 'ok') throw new Error(`import answered ${reply.tone}: ${reply.text.slice(0, 300)}`);
  return ms;
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-import-'));
  try {
    const lines = readFileSync(REPORT, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const docx = path.join(dir, 'outcomes-41-42.docx');
    writeFileSync(docx, await makeDocx(lines));
    const { bot, store } = await botIn(dir);
    const first = await timed(() => bot.handle(`import ${docx}`, OPERATOR));
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push(await timed(() => bot.handle(`import ${docx}`, OPERATOR)));
    const median = warm.sort((a, b) => a - b)[1]!;
    const proposals = Object.values(store.read().importDrafts)[0]?.proposals.length ?? 0;
    if (!proposals) throw new Error('the seed report gave an empty draft: nothing was measured');
    await store.close();

    // A long PDF: the report repeated until it fills PDF_PAGES pages (makePdf's /Count says how many).
    const pagesOf = (pdf: Uint8Array) => Number(/\/Type \/Pages [^>]*\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? 0);
    const header = { header: 'CWG-WSIS&SDG outcomes report' };
    const copies = Math.ceil(PDF_PAGES / pagesOf(makePdf(lines, header)));
    const pdfBytes = makePdf(Array.from({ length: copies }, () => lines).flat(), header);
    const pdfSub = mkdtempSync(path.join(dir, 'pdf-'));
    const pdf = path.join(pdfSub, 'outcomes-repeated.pdf');
    writeFileSync(pdf, pdfBytes);
    const p = await botIn(pdfSub);
    const pdfMs = await timed(() => p.bot.handle(`import ${pdf}`, OPERATOR));
    await p.store.close();

    const sizes = [1000, 5000];
    const rows: Record<number, { read: number; page: number }> = {};
    for (const n of sizes) {
      const sub = mkdtempSync(path.join(dir, `csv-${n}-`));
      const csv = path.join(sub, 'list.csv');
      const lines = ['kind,title,date'];
      for (let i = 0; i < n; i++) lines.push(`event,Meeting number ${i},${(i % 28) + 1} March 2027`);
      writeFileSync(csv, lines.join('\n'));
      const b = await botIn(sub);
      rows[n] = { read: await timed(() => b.bot.handle(`import ${csv}`, OPERATOR)), page: await timed(() => b.bot.handle('import accept 1-10', OPERATOR)) };
      await b.store.close();
    }
    const growth = (rows[5000]!.read + rows[5000]!.page) / (rows[1000]!.read + rows[1000]!.page);
    const ok = first <= 2000 && median <= 2000 && pdfMs <= 20_000 && growth <= 7;
    const ms = (x: number) => `${Math.round(x)} ms`;
    const report = [
      `seed report .docx → draft (${proposals} proposals): first ${ms(first)}, median of 3 ${ms(median)} (goal ≤ 2000 ms)`,
      `the report ×${copies} as a ${pagesOf(pdfBytes)}-page PDF (${(pdfBytes.length / 1e6).toFixed(1)} MB) → draft: ${ms(pdfMs)} (goal ≤ 20000 ms)`,
      ...sizes.map((n) => `csv ${n} rows: draft ${ms(rows[n]!.read)}, accept a page ${ms(rows[n]!.page)}`),
      `growth 1,000 → 5,000 rows: ${growth.toFixed(1)}× (goal ≤ 7×)`,
    ].join('\n');
    return { report, ok };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
