import type { Command } from '../src/dispatch/command.js';
import type { CommandContext } from '../src/dispatch/context.js';
import { defineCommand } from '../src/dispatch/command.js';
import { findCommand } from '../src/dispatch/dispatch.js';
import { UsageError } from '../src/errors.js';
import type { CommandText } from '../src/i18n/index.js';

export default defineCommand({
  name: 'help',
  aliases: ['?', '-h', '--help'],
  group: 'other',
  parse(words, ctx) {
    if (words.length > 1) throw new UsageError(ctx.msg.error.helpTakesOne, textOf('help', ctx).usage);
    return { topic: words[0] };
  },
  run({ topic }, ctx) {
    const { msg } = ctx;
    const visible = ctx.commands.filter((c) => !c.secretariatOnly || ctx.isSecretariat);
    if (topic) {
      const c = findCommand(ctx.commands, topic);
      if (!c) return { tone: 'error', sections: [], intro: [msg.help.unknownTopic(topic)], error: { code: 'USAGE', message: topic } };
      const text = textOf(c, ctx);
      const aliases = c.aliases?.length ? [msg.help.also(c.aliases)] : [];
      const more = msg.asking.more(c.name);
      return { tone: 'help', heading: `/cwg ${text.usage}`, intro: [text.summary, ...(text.help ?? []), ...more, ...aliases], sections: [] };
    }
    const lines: string[] = [];
    for (const group of ['query', 'edit', 'reminders', 'export', 'other'] as const) {
      const list = visible.filter((c) => c.group === group);
      if (!list.length) continue;
      lines.push('', `${msg.help.groups[group] ?? group}:`);
      lines.push(...list.map((c: Command) => `  /cwg ${textOf(c, ctx).usage}${ctx.msg.colon}${textOf(c, ctx).summary}`));
    }
    const A = msg.asking.help;
    return { tone: 'help', heading: msg.help.intro, intro: lines, sections: [], notes: [A.ways, A.ahead, A.mine, A.personal, msg.help.footer] };
  },
});

/** The command's words in the caller's catalogue (command.<name>.*); a command the catalogue lacks shows its name. */
function textOf(c: Command | string, ctx: CommandContext): CommandText {
  const name = typeof c === 'string' ? c : c.name;
  return ctx.msg.commands[name] ?? { summary: '', usage: name, help: [] };
}
