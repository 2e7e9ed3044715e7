import { suggestIds } from '../src/calendar/queries.js';
import { ITEM_ID } from '../src/calendar/when-schema.js';
import { defineCommand } from '../src/dispatch/command.js';
import { filterFor, filterWords, mineActor } from '../src/answers/parse-filter.js';
import { NotFoundError, UsageError } from '../src/errors.js';
import type { ItemFilter } from '../src/calendar/queries.js';

type Args = { kind: 'calendar'; filter: ItemFilter; text: string } | { kind: 'item'; id: string };

export default defineCommand<Args>({
  name: 'ics',
  aliases: ['ical', 'icalendar'],
  group: 'export',
  parse(words, ctx) {
    const items = ctx.store.read().items;
    try {
      return { kind: 'calendar', filter: filterFor(words, ctx), text: words.join(' ') };
    } catch (err) {
      // Not a filter: a single word may be an item id ("add to my calendar").
      if (!(err instanceof UsageError) || words.length !== 1) throw err;
      const id = words[0]!.toLowerCase();
      if (items.some((it) => it.id === id)) return { kind: 'item', id };
      // Neither: say the id is unknown (with close ids) and what the word may be, an id or a filter.
      const suggestions = ITEM_ID.test(id) ? suggestIds(items, id) : [];
      throw new NotFoundError(id.slice(0, 64), suggestions, filterWords(items, { mine: mineActor(ctx.isSecretariat) }));
    }
  },
  async run(args, ctx) {
    // The iCalendar writer (ical-generator, the zones' VTIMEZONE blocks) is a tenth of the CLI's code: loaded when a file is asked for.
    const { calendarFileReply, itemFileReply } = await import('../src/export/export-reply.js');
    return args.kind === 'item' ? itemFileReply(ctx, args.id) : calendarFileReply(ctx, args.filter, args.text);
  },
});
