import type { Command } from '../src/dispatch/command.js';
import { defineCommand } from '../src/dispatch/command.js';
import { findCommand } from '../src/dispatch/dispatch.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'help',
  aliases: ['?', '-h', '--help'],
  group: 'other',
  summary: 'List the commands, or explain one.',
  usage: 'help [command]',
  parse(words) {
    if (words.length > 1) throw new UsageError('help takes at most one command name.', 'help [command]');
    return { topic: words[0] };
  },
  run({ topic }, ctx) {
    const { msg } = ctx;
    const visible = ctx.commands.filter((c) => !c.secretariatOnly || ctx.isSecretariat);
    if (topic) {
      const c = findCommand(ctx.commands, topic);
      if (!c) return { tone: 'error', sections: [], intro: [msg.help.unknownTopic(topic)], error: { code: 'USAGE', message: topic } };
      const aliases = c.aliases?.length ? [`Also: ${c.aliases.join(', ')}`] : [];
      return { tone: 'help', heading: `/cwg ${c.usage}`, intro: [c.summary, ...(c.help ?? []), ...aliases], sections: [] };
    }
    const lines: string[] = [];
    for (const group of ['query', 'edit', 'reminders', 'export', 'other'] as const) {
      const list = visible.filter((c) => c.group === group);
      if (!list.length) continue;
      lines.push('', `${msg.help.groups[group] ?? group}:`);
      lines.push(...list.map((c: Command) => `  /cwg ${c.usage}: ${c.summary}`));
    }
    return { tone: 'help', heading: msg.help.intro, intro: lines, sections: [], notes: [msg.help.footer] };
  },
});
