import { defineCommand } from '../src/dispatch/command.js';
import type { CommandContext } from '../src/dispatch/context.js';
import { callerLanguage, channelLanguageKey, postedLanguage, userLanguageKey } from '../src/dispatch/language.js';
import { UsageError } from '../src/errors.js';
import type { LanguageChoice } from '../src/i18n/choose-language.js';
import { supportedLanguage } from '../src/i18n/choose-language.js';
import { hasCatalogue, type Messages, messagesFor, SUPPORTED_LANGUAGES } from '../src/i18n/index.js';
import { languageName } from '../src/i18n/language-names.js';
import type { ReplyBody } from '../src/render/reply.js';
import type { LanguageCode } from '../src/store/coordination-schema.js';

/**
 * /cwg language [code|auto] [channel]: the caller's own language, or (with "channel") the language
 * of what is posted in this conversation. Who may set a channel's language is who may manage its
 * reminders: as for subscribe, anyone who can use the bot in that conversation.
 */
type Args = { op: 'show' } | { op: 'unknown'; code: string } | { op: 'set'; lang: string | undefined; channel: boolean };

const CHANNEL_WORDS = new Set(['channel', 'here', 'chat', 'conversation']);
const CLEAR_WORDS = new Set(['auto', 'default', 'reset', 'none']);

export default defineCommand<Args>({
  name: 'language',
  aliases: ['lang', 'langue', 'idioma', 'язык', '语言', 'لغة'],
  group: 'other',
  parse(words, ctx) {
    const usage = ctx.msg.commands.language?.usage;
    if (!words.length) return { op: 'show' };
    const channel = words.some((w) => CHANNEL_WORDS.has(w.toLowerCase()));
    const codes = words.filter((w) => !CHANNEL_WORDS.has(w.toLowerCase()));
    if (codes.length !== 1 || words.length > 2) throw new UsageError(ctx.msg.language.badWords, usage);
    const word = codes[0]!.toLowerCase();
    if (channel && !ctx.conversation) throw new UsageError(ctx.msg.language.needsConversation, usage);
    if (CLEAR_WORDS.has(word)) return { op: 'set', lang: undefined, channel };
    // Exactly a code ("fr"), or a locale tag naming one ("fr-CH"); anything else gets the list.
    const lang = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(word) ? supportedLanguage(word) : undefined;
    if (!lang) return { op: 'unknown', code: codes[0]!.slice(0, 40) };
    return { op: 'set', lang, channel };
  },
  async run(args, ctx) {
    if (args.op === 'show') return show(ctx);
    if (args.op === 'unknown') return unknown(args.code, ctx);
    const conversation = ctx.conversation;
    const key = args.channel && conversation ? channelLanguageKey(conversation) : userLanguageKey(ctx.caller);
    await ctx.store.update((draft) => {
      const table = args.channel ? draft.preferences.channels : draft.preferences.users;
      if (args.lang) table[key] = { lang: args.lang as LanguageCode, setAt: ctx.now.toISOString(), setBy: ctx.caller.id.slice(0, 200) };
      else delete table[key];
    });
    ctx.log.info(args.channel ? 'channel language set' : 'user language set', { key, lang: args.lang ?? 'auto', by: ctx.caller.id });
    const db = ctx.store.read();
    if (args.channel) {
      const posted = postedLanguage(db, key, ctx.config);
      const M = ctx.msg.language;
      const name = languageName(posted.lang, ctx.msg.locale);
      return {
        tone: 'ok',
        intro: [args.lang ? M.setChannel(name, posted.lang) : M.clearedChannel(name, posted.lang)],
        sections: [],
        notes: notYet(posted, ctx.msg),
      };
    }
    // The answer to a change of one's own language is already in the new language.
    const now = callerLanguage(db, ctx.caller, conversation, ctx.config);
    const msg = messagesFor(now.lang);
    const name = languageName(now.lang, msg.locale);
    const intro = args.lang ? msg.language.setUser(name, now.lang) : msg.language.clearedUser(name, now.lang, why(now, ctx, msg));
    return { tone: 'ok', intro: [intro], sections: [], notes: notYet(now, msg) };
  },
});

function why(choice: LanguageChoice, ctx: CommandContext, msg: Messages): string {
  return msg.language.why(choice.rule, msg.language.platform(ctx.caller.platform), ctx.caller.locale ?? '');
}

/** Arabic before its catalogue is registered (or any code without one): say that English shows meanwhile. */
function notYet(choice: LanguageChoice, msg: Messages): string[] {
  return hasCatalogue(choice.lang) ? [] : [msg.language.notYet(languageName(choice.lang, msg.locale))];
}

function show(ctx: CommandContext): ReplyBody {
  const db = ctx.store.read();
  const choice = ctx.language ?? callerLanguage(db, ctx.caller, ctx.conversation, ctx.config);
  const M = ctx.msg.language;
  const name = (code: string) => languageName(code, ctx.msg.locale);
  const intro = [M.current(name(choice.lang), choice.lang, why(choice, ctx, ctx.msg))];
  if (ctx.conversation) {
    const key = channelLanguageKey(ctx.conversation);
    const posted = postedLanguage(db, key, ctx.config);
    intro.push(M.channel(posted.rule === 'channel', name(posted.lang), posted.lang));
  }
  return { tone: 'ok', intro, sections: [], notes: [...notYet(choice, ctx.msg), M.hint(SUPPORTED_LANGUAGES)] };
}

/** The six, named in the caller's language, and again in English when that is another language. */
function unknown(code: string, ctx: CommandContext): ReplyBody {
  const list = (msg: Messages) =>
    msg.language.unknown(
      code,
      SUPPORTED_LANGUAGES.map((c) => `${c} (${languageName(c, msg.locale)})`),
    );
  const en = messagesFor('en');
  const intro = ctx.msg.lang === 'en' ? [list(en)] : [list(ctx.msg), list(en)];
  return { tone: 'error', intro, sections: [], error: { code: 'UNKNOWN_LANGUAGE', message: code } };
}
