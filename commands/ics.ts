import { suggestIds } from '../src/calendar/queries.js';
import { ITEM_ID } from '../src/calendar/schema.js';
import { defineCommand } from '../src/dispatch/command.js';
import { parseFilter } from '../src/answers/parse-filter.js';
import { NotFoundError, UsageError } from '../src/errors.js';
import { calendarFileReply, itemFileReply } from '../src/export/export-reply.js';
import type { ItemFilter } from '../src/calendar/queries.js';

type Args = { kind: 'calendar'; filter: ItemFilter; text: string } | { kind: 'item'; id: string };

const USAGE = 'ics [tag | who-must-act … | <id>]';

export default defineCommand<Args>({
  name: 'ics',
  aliases: ['ical', 'icalendar'],
  group: 'export',
  summary: 'The calendar as an .ics file for Outlook or Google Calendar (or one item: add it to your calendar).',
  usage: USAGE,
  help: [
    'Gives the calendar (or the part matching a tag or who must act) as an iCalendar file to import, and the address to subscribe to it.',
    'With an item id, gives just that item, to add to your own calendar.',
    'Items whose date is to be announced are left out until they have a date; cancelled items stay, marked as cancelled.',
    'Examples: /cwg ics · /cwg ics wsis20 members · /cwg ics igf-2025',
  ],
  parse(words, ctx) {
    const items = ctx.store.read().items;
    try {
      return { kind: 'calendar', filter: parseFilter(words, items, ctx.msg), text: words.join(' ') };
    } catch (err) {
      // Not a filter: a single word may be an item id ("add to my calendar").
      if (!(err instanceof UsageError) || words.length !== 1) throw err;
      const id = words[0]!.toLowerCase();
      if (items.some((it) => it.id === id)) return { kind: 'item', id };
      const suggestions = ITEM_ID.test(id) ? suggestIds(items, id) : [];
      if (suggestions.length) throw new NotFoundError(id.slice(0, 64), suggestions);
      throw new UsageError(err.message, USAGE);
    }
  },
  run(args, ctx) {
    return args.kind === 'item' ? itemFileReply(ctx, args.id) : calendarFileReply(ctx, args.filter, args.text);
  },
});
