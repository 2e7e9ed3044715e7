import { defineCommand } from '../src/dispatch/command.js';
import { isoDateIn } from '../src/calendar/time.js';
import { CURRENT_SCHEMA_VERSION } from '../src/store/db-schema.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'export',
  aliases: ['export-json', 'backup'],
  group: 'export',
  parse(words, ctx) {
    if (words.length) throw new UsageError(ctx.msg.error.noArguments('export', ctx.msg.editing.exportWhat), 'export');
    return {};
  },
  run(_args, ctx) {
    const { items } = ctx.store.read();
    const filename = `cwg-calendar-${isoDateIn(ctx.now)}.json`;
    const content = `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: ctx.now.toISOString(), items }, null, 2)}\n`;
    return {
      tone: 'ok',
      sections: [],
      intro: [ctx.msg.editing.exported(items.length, filename)],
      file: { filename, contentType: 'application/json', content },
    };
  },
});
