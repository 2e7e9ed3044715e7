import { searchItems } from '../src/calendar/queries.js';
import { defineCommand } from '../src/dispatch/command.js';
import { describeAll } from '../src/answers/reply-helpers.js';
import { UsageError } from '../src/errors.js';

const MAX_RESULTS = 20;

export default defineCommand({
  name: 'search',
  aliases: ['find'],
  group: 'query',
  parse(words, ctx) {
    if (!words.length) throw new UsageError(ctx.msg.error.missingWords, ctx.msg.commands.search?.usage);
    return { words };
  },
  run({ words }, ctx) {
    const { msg } = ctx;
    const found = searchItems(ctx.store.read().items, words);
    const text = words.join(' ');
    // issue 15: say what search looks in (descriptions too), so a surprising hit is explained
    if (!found.length) return { tone: 'empty', sections: [], intro: [msg.empty.searchNone(text)], notes: [msg.asking.searchScope] };
    const shown = found.slice(0, MAX_RESULTS);
    const notes = [...(found.length > shown.length ? [msg.empty.moreResults(found.length - shown.length)] : []), msg.asking.searchScope];
    return { tone: 'ok', heading: msg.heading.search(text), sections: [{ items: describeAll(shown, ctx) }], notes };
  },
});
