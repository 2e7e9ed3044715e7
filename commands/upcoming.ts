import { listItems, upcoming } from '../src/calendar/queries.js';
import { defineCommand } from '../src/dispatch/command.js';
import { parseFilter } from '../src/answers/parse-filter.js';
import { describeAll, readDays } from '../src/answers/reply-helpers.js';
import { UsageError } from '../src/errors.js';
import { neverDatedNotes } from '../src/render/never-dated.js';

const DEFAULT_DAYS = 30;

export default defineCommand({
  name: 'upcoming',
  aliases: ['soon', 'agenda'],
  group: 'query',
  parse(words, ctx) {
    const rest = [...words];
    let days = DEFAULT_DAYS;
    if (rest[0] !== undefined && /^\d/.test(rest[0])) {
      const n = readDays(rest.shift());
      if (n === undefined) throw new UsageError(ctx.msg.error.badDays(words[0]!), ctx.msg.commands.upcoming?.usage);
      days = n;
      if (rest[0] && /^days?$/i.test(rest[0])) rest.shift();
    }
    return { days, filter: parseFilter(rest, ctx.store.read().items, ctx.msg), text: rest.join(' ') };
  },
  run({ days, filter, text }, ctx) {
    const { msg } = ctx;
    const items = ctx.store.read().items;
    const found = upcoming(items, ctx.now, days, filter);
    const undated = listItems(items, ctx.now, { filter }).filter((o) => !o.start && o.status !== 'cancelled').length;
    // issue 15: undated items whose expected period is over are not counted as upcoming; say where they are.
    const undatedNote = [...(undated ? [msg.empty.undatedCount(undated)] : []), ...neverDatedNotes(items, ctx.now, ['deadline', 'event'], filter, msg)];
    if (found.length) {
      return { tone: 'ok', heading: msg.heading.upcoming(days), sections: [{ items: describeAll(found, ctx) }], notes: undatedNote };
    }
    const anyAhead = listItems(items, ctx.now, { filter }).some((o) => o.start);
    return {
      tone: 'empty',
      intro: [msg.empty.upcomingWindow(days, msg.filterSuffix(text))],
      sections: [],
      notes: [...undatedNote, ...(anyAhead ? [] : [msg.empty.howToAdd])],
    };
  },
});
