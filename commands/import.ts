import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineCommand } from '../src/dispatch/command.js';
import type { CommandContext } from '../src/dispatch/context.js';
import { applyImport, type ImportPreview, previewImport } from '../src/editing/api.js';
import { describeFieldChanges, metaFrom } from '../src/answers/change-reply.js';
import { MAX_IMPORT_BYTES } from '../src/editing/import-calendar.js';
import { UsageError, ValidationError } from '../src/errors.js';
import type { ReplyBody } from '../src/render/reply.js';

interface ImportArgs {
  source: string;
  inline: boolean;
  code?: string;
}

export default defineCommand<ImportArgs>({
  name: 'import',
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.import;
    const at = words.findIndex((w) => /^(--)?confirm$/i.test(w));
    const sourceWords = at >= 0 ? words.slice(0, at) : words;
    const code = at >= 0 ? words[at + 1] : undefined;
    if (at >= 0 && (!code || !/^[0-9a-f]{6}$/i.test(code) || words.length > at + 2)) {
      throw new UsageError(ctx.msg.editing.importBadCode, usage);
    }
    const source = sourceWords.join(' ').trim();
    if (!source) throw new UsageError(ctx.msg.editing.importNeedsSource, usage);
    const inline = /^[[{]/.test(source);
    if (!inline && !ctx.caller.isLocalOperator) throw new UsageError(ctx.msg.editing.importPathLocalOnly, usage);
    return { source, inline, ...(code ? { code: code.toLowerCase() } : {}) };
  },
  async run({ source, inline, code }, ctx) {
    const json = inline ? source : readImportFile(source, ctx);
    const again = inline ? "'<the same JSON>'" : source;
    if (!code) return previewReply(previewImport(ctx.store, json), again, ctx);
    const result = await applyImport(ctx.store, json, code, metaFrom(ctx));
    const m = ctx.msg.editing;
    if (result.unchanged) return { tone: 'ok', sections: [], intro: [m.importNothing] };
    return {
      tone: 'ok',
      sections: [],
      intro: [m.importApplied(result.preview.added.length, result.preview.changed.length)],
      data: { auditIds: result.entries.map((e) => e.id) },
    };
  },
});

function readImportFile(file: string, _ctx: CommandContext): string {
  const abs = path.resolve(file);
  try {
    if (statSync(abs).size > MAX_IMPORT_BYTES) {
      throw new ValidationError({ file: { code: 'fileUnreadable', data: { path: file, mb: MAX_IMPORT_BYTES / 1_000_000 } } });
    }
    return readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new ValidationError({ file: { code: 'fileUnreadable', data: { path: file, reason: (err as NodeJS.ErrnoException).code ?? 'unreadable' } } });
  }
}

function previewReply(p: ImportPreview, again: string, ctx: CommandContext): ReplyBody {
  const m = ctx.msg.editing;
  if (!p.added.length && !p.changed.length) return { tone: 'ok', sections: [], intro: [m.importNothing] };
  const lines: string[] = [];
  if (p.added.length) lines.push(m.importAdded(p.added.length), ...p.added.slice(0, 30).map((it) => m.importAddedLine(it.id, it.title)));
  if (p.changed.length) {
    lines.push(m.importChanged(p.changed.length));
    for (const c of p.changed.slice(0, 30)) {
      lines.push(m.importChangedLine(c.after.id, c.fields), ...describeFieldChanges(c.before, c.after, ctx).map((l) => `  ${l}`));
    }
  }
  const more = Math.max(0, p.added.length - 30) + Math.max(0, p.changed.length - 30);
  if (more) lines.push(m.importMore(more));
  lines.push(m.importSame(p.unchanged, p.kept.length));
  return {
    tone: 'ok',
    heading: m.importHeading,
    intro: lines,
    sections: [],
    notes: [m.importConfirm(again, p.code)],
    data: {
      code: p.code,
      added: p.added.map((i) => i.id),
      changed: p.changed.map((c) => ({ id: c.after.id, fields: c.fields })),
      unchanged: p.unchanged,
      kept: p.kept,
    },
  };
}
