import { PermissionError } from '../errors.js';
import { renderPlainText } from '../render/plain-text.js';
import type { Reply, ReplyBody } from '../render/reply.js';
import type { Command } from './command.js';
import type { CommandContext } from './context.js';
import { errorReply } from './error-reply.js';
import { editDistance } from '../calendar/edit-distance.js';
import { sanitizeInput, stripCommandPrefix, tokenize } from './input.js';

/** Finds a command by name or alias, case-insensitively. */
export function findCommand(commands: readonly Command[], word: string): Command | undefined {
  const w = word.toLowerCase();
  return commands.find((c) => c.name === w || c.aliases?.includes(w));
}

/**
 * Runs one `/cwg …` line for every platform: parses, checks the role, runs the handler,
 * and turns any error into a clear reply. It never throws.
 */
export async function dispatch(line: string, ctx: CommandContext): Promise<Reply> {
  let body: ReplyBody;
  try {
    // Another process (a second bot, the CLI) may have changed the data: one stat when it did not
    // (lowdb); on PostgreSQL nothing unless a newer version was announced (no query per answer).
    await ctx.store.refreshBeforeAnswer();
    const words = stripCommandPrefix(tokenize(sanitizeInput(line)));
    body = await runWords(words, ctx);
  } catch (err) {
    body = errorReply(err, ctx.msg, ctx.log);
  }
  return finishReply(body, ctx);
}

async function runWords(words: string[], ctx: CommandContext): Promise<ReplyBody> {
  const [first, ...rest] = words;
  if (!first) return { tone: 'help', sections: [], intro: [ctx.msg.error.emptyInput] };
  const command = findCommand(ctx.commands, first);
  if (!command) {
    for (const c of ctx.commands) {
      if (c.secretariatOnly && !ctx.isSecretariat) continue;
      const claimed = c.claim?.(words, ctx);
      if (claimed !== undefined) return c.run(claimed, ctx);
    }
    const suggestion = suggestCommand(ctx.commands, first);
    return { tone: 'error', sections: [], intro: [ctx.msg.error.unknownCommand(first, suggestion)], error: { code: 'UNKNOWN_COMMAND', message: first } };
  }
  if (command.secretariatOnly && !ctx.isSecretariat) {
    ctx.log.warn('refused: not secretariat', { command: command.name, user: ctx.caller.id, platform: ctx.caller.platform });
    throw new PermissionError({ command: command.name });
  }
  const record = command.group === 'edit' && !NOT_RECORDED.has(command.name) ? ctx.lastCommands : undefined;
  try {
    const args = command.parse(rest, ctx);
    const body = await command.run(args, ctx);
    const data = body.data as { auditIds?: unknown } | undefined;
    const auditIds = Array.isArray(data?.auditIds) ? data.auditIds.map(String) : [];
    if (record && (command.name !== 'undo' || auditIds.length)) {
      record.record(ctx.caller, { ok: true, at: ctx.now.toISOString(), auditIds, ...(command.name === 'undo' ? { undo: true } : {}) });
    }
    return body;
  } catch (err) {
    // a failed undo leaves the record as it was: "undo" → "please confirm" → "undo confirm <code>"
    if (record && command.name !== 'undo') record.record(ctx.caller, { ok: false, at: ctx.now.toISOString() });
    throw err;
  }
}

/** Editing commands that change nothing and do not count as "the last command" for undo. */
const NOT_RECORDED = new Set(['history', 'review', 'export']);

export function finishReply(body: ReplyBody, ctx: Pick<CommandContext, 'msg'>): Reply {
  return { ...body, lang: ctx.msg.lang, text: renderPlainText(body, ctx.msg), items: body.sections.flatMap((s) => s.items) };
}

function suggestCommand(commands: readonly Command[], word: string): string | undefined {
  const w = word.toLowerCase();
  const names = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  return names.find((n) => n.startsWith(w) || w.startsWith(n)) ?? names.find((n) => editDistance(n, w) <= 2);
}
