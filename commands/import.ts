import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { draftReply, PAGE_SIZE, proposalReply } from '../src/answers/import-draft-reply.js';
import { metaFrom } from '../src/answers/change-reply.js';
import { defineCommand } from '../src/dispatch/command.js';
import type { CommandContext, IncomingFile } from '../src/dispatch/context.js';
import { readFieldWords, refuseLoose } from '../src/editing/command-args.js';
import { confirmDraft, currentDraft, decide, discardDraft, draftKey, editProposal, saveDraft } from '../src/editing/import-draft.js';
import { FIELD_NAMES, type ItemFields } from '../src/editing/item-fields.js';
import { ImportDraftError, UsageError } from '../src/errors.js';
import { FileReadError } from '../src/intake/files/errors.js';
import type { ReplyBody } from '../src/render/reply.js';

/**
 * `/cwg import`: a file (report, spreadsheet, calendar, calendar JSON) becomes a draft of numbered
 * proposals kept for the caller; show / accept / reject / edit / discard review it; `confirm <code>`
 * applies the accepted ones in one batch. Nothing touches the calendar before confirm.
 */
type ImportArgs =
  | { op: 'file'; source?: string; inline: boolean; code?: string }
  | { op: 'show'; n?: number; page?: number }
  | { op: 'accept' | 'reject'; which: number[] | 'all' }
  | { op: 'edit'; n: number; fields: Record<string, string>; confirm: boolean }
  | { op: 'discard' }
  | { op: 'confirm'; code: string };

const CODE = /^[0-9a-f]{6}$/i;

/**
 * The file readers (mammoth, pdf.js, chrono-node, ical.js, ExcelJS, csv-parse) and the report reader are
 * loaded when a file is imported, not with every command: they were most of `cwg next-deadline`'s start.
 */
const loadIntake = async () => {
  const [files, draft] = await Promise.all([import('../src/intake/files/index.js'), import('../src/intake/build-draft.js')]);
  return { readImportFile: files.readImportFile, buildDraft: draft.buildDraft };
};

export default defineCommand<ImportArgs>({
  name: 'import',
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const m = ctx.msg.intake;
    const usage = m.usage;
    const op = words[0]?.toLowerCase();
    const rest = words.slice(1);
    if (op === 'show') {
      if (!rest.length) return { op: 'show' };
      if (/^(page|p)$/i.test(rest[0]!) && rest.length === 2) return { op: 'show', page: number(rest[1]!, m.badNumbers, usage) };
      if (rest.length === 1) return { op: 'show', n: number(rest[0]!, m.badNumbers, usage) };
      throw new UsageError(m.badNumbers(rest.join(' ').slice(0, 40)), usage);
    }
    if (op === 'accept' || op === 'reject') return { op, which: numbers(rest, m.badNumbers, usage) };
    if (op === 'edit') {
      const n = number(rest[0] ?? '', m.badNumbers, usage);
      const args = readFieldWords(rest.slice(1), FIELD_NAMES, ctx.msg, usage);
      refuseLoose(args.rest, FIELD_NAMES, ctx.msg, usage);
      if (!Object.keys(args.fields).length) throw new UsageError(m.nothingToEdit, usage);
      return { op: 'edit', n, fields: args.fields, confirm: args.confirm };
    }
    if (op === 'discard' && !rest.length) return { op: 'discard' };
    if (op === 'confirm' || op === '--confirm') {
      if (rest.length !== 1 || !CODE.test(rest[0]!)) throw new UsageError(m.badCode, usage);
      return { op: 'confirm', code: rest[0]!.toLowerCase() };
    }
    // A file: sent with the command (chat), a path (the bot's own command line) or pasted JSON.
    const at = words.findIndex((w) => /^(--)?confirm$/i.test(w));
    const sourceWords = at >= 0 ? words.slice(0, at) : words;
    const code = at >= 0 ? words[at + 1] : undefined;
    if (at >= 0 && (!code || !CODE.test(code) || words.length > at + 2)) throw new UsageError(m.badCode, usage);
    const source = sourceWords.join(' ').trim();
    const inline = /^[[{]/.test(source);
    if (!source && !ctx.files?.length) throw new UsageError(m.needFile, usage);
    if (source && !inline && !ctx.files?.length && !ctx.caller.isLocalOperator) throw new UsageError(m.pathLocalOnly, usage);
    return { op: 'file', ...(source ? { source } : {}), inline, ...(code ? { code: code.toLowerCase() } : {}) };
  },
  async run(args, ctx) {
    const key = draftKey(ctx.caller);
    const m = ctx.msg.intake;
    if (args.op === 'file') {
      const file = incoming(args, ctx);
      const { readImportFile, buildDraft } = await loadIntake();
      // JSON pasted in the chat has no file name: the reader is told ".json", the person reads a word of theirs.
      const shown = file.name === PASTED && !ctx.files?.length ? m.pasted : file.name;
      const read = await readImportFile(file.bytes, file.name, {
        maxMb: ctx.config.importMaxMb,
        now: ctx.now,
        onProgress: ({ page, pages }) => {
          if (page % 20 === 0) ctx.progress?.(m.readingPage(shown, page, pages));
        },
      });
      await ctx.store.refresh();
      const draft = await saveDraft(ctx.store, key, buildDraft(read, shown, ctx.store.read().items, ctx.now), ctx.now);
      if (!args.code) return draftReply(draft, ctx);
      // The one-step form of earlier versions: "import <file> confirm <code>" accepts everything and applies it.
      await decide(ctx.store, key, 'all', 'accepted', ctx.now);
      return applied(await confirmDraft(ctx.store, key, args.code, metaFrom(ctx)), draft.document, ctx);
    }
    if (args.op === 'show') {
      await ctx.store.refresh();
      const draft = currentDraft(ctx.store.read(), key, ctx.now);
      if (args.n !== undefined) {
        currentProposal(draft.proposals.length, args.n);
        return proposalReply(draft, args.n, ctx);
      }
      return draftReply(draft, ctx, args.page ?? 1);
    }
    if (args.op === 'accept' || args.op === 'reject') {
      const draft = await decide(ctx.store, key, args.which, args.op === 'accept' ? 'accepted' : 'rejected', ctx.now);
      const n = args.which === 'all' ? draft.proposals.filter((p) => p.action !== 'unchanged').length : args.which.length;
      const first = args.which === 'all' ? 1 : Math.min(...args.which);
      return draftReply(draft, ctx, Math.ceil(first / PAGE_SIZE), [args.op === 'accept' ? m.accepted(n) : m.rejected(n)]);
    }
    if (args.op === 'edit') {
      await editProposal(ctx.store, key, args.n, args.fields as ItemFields, { ...metaFrom(ctx), confirm: args.confirm });
      return proposalReply(currentDraft(ctx.store.read(), key, ctx.now), args.n, ctx, [m.edited(args.n)]);
    }
    if (args.op === 'discard') {
      const had = ctx.store.read().importDrafts[key];
      if (!(await discardDraft(ctx.store, key)) || !had) return { tone: 'ok', sections: [], intro: [m.noDraftToDiscard] };
      return { tone: 'ok', sections: [], intro: [m.discarded(had.document)] };
    }
    const { code } = args as { code: string };
    const document = currentDraft(ctx.store.read(), key, ctx.now).document;
    return applied(await confirmDraft(ctx.store, key, code, metaFrom(ctx)), document, ctx);
  },
});

function applied(result: { added: number; changed: number; entries: Array<{ id: string }> }, document: string, ctx: CommandContext): ReplyBody {
  return {
    tone: 'ok',
    sections: [],
    intro: [ctx.msg.intake.applied(document, result.added, result.changed)],
    data: { auditIds: result.entries.map((e) => e.id), added: result.added, changed: result.changed },
  };
}

/** The name pasted JSON is read under: its extension tells the reader the format. Never shown. */
const PASTED = 'pasted.json';

/** The file to read: one sent with the command, pasted JSON, or a path on the operator's machine (size checked before reading). */
function incoming(args: { source?: string; inline: boolean }, ctx: CommandContext): IncomingFile {
  const sent = ctx.files?.[0];
  if (sent?.failed === 'tooBig') throw new FileReadError('TOO_BIG', { bytes: sent.size ?? 0, maxMb: ctx.config.importMaxMb });
  if (sent?.failed) throw new FileReadError('DOWNLOAD_FAILED', { platform: ctx.surface === 'teams' ? 'Teams' : 'Slack' });
  if (sent) return sent;
  const source = args.source ?? '';
  if (args.inline) return { name: PASTED, bytes: new TextEncoder().encode(source) };
  const abs = path.resolve(source);
  const shown = { path: source.slice(0, 200) };
  try {
    const stat = statSync(abs);
    if (stat.isDirectory()) throw new FileReadError('NOT_A_FILE', shown);
    if (stat.size > ctx.config.importMaxMb * 1024 * 1024) throw new FileReadError('TOO_BIG', { bytes: stat.size, maxMb: ctx.config.importMaxMb });
    return { name: path.basename(abs), bytes: new Uint8Array(readFileSync(abs)) };
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    // The operator's own path: say which one, and what is wrong with it.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileReadError('NOT_FOUND', shown);
    if (code === 'EACCES' || code === 'EPERM') throw new FileReadError('NO_ACCESS', shown);
    if (code === 'EISDIR') throw new FileReadError('NOT_A_FILE', shown);
    throw new FileReadError('UNREADABLE', shown);
  }
}

function number(word: string, bad: (w: string) => string, usage: string): number {
  if (!/^\d{1,5}$/.test(word) || Number(word) < 1) throw new UsageError(bad(word.slice(0, 40)), usage);
  return Number(word);
}

/** "1,3,5-8" (also "1 3 5-8") or "all" → numbers. */
function numbers(words: readonly string[], bad: (w: string) => string, usage: string): number[] | 'all' {
  const text = words.join(',');
  if (/^all$/i.test(text.trim())) return 'all';
  const out = new Set<number>();
  for (const part of text.split(',').filter(Boolean)) {
    const r = /^(\d{1,5})(?:[-–](\d{1,5}))?$/.exec(part.trim());
    if (!r) throw new UsageError(bad(part.slice(0, 40)), usage);
    const a = Number(r[1]);
    const b = Number(r[2] ?? r[1]);
    if (a < 1 || b < a || b - a > 10_000) throw new UsageError(bad(part.slice(0, 40)), usage);
    for (let i = a; i <= b; i++) out.add(i);
  }
  if (!out.size) throw new UsageError(bad(''), usage);
  return [...out];
}

function currentProposal(total: number, n: number): void {
  if (n > total) throw new ImportDraftError('noProposal', { n, last: total });
}
