import { listItems, upcoming, upcomingThrough } from '../src/calendar/queries.js';
import type { ItemFilter } from '../src/calendar/queries.js';
import { defineCommand } from '../src/dispatch/command.js';
import type { CommandContext } from '../src/dispatch/context.js';
import { filterFor, isKnownTag, MINE_WORDS } from '../src/answers/parse-filter.js';
import { type Period, startsWithNamedPeriod, takePeriod } from '../src/answers/periods.js';
import { describeAll } from '../src/answers/reply-helpers.js';
import { neverDatedNotes } from '../src/render/never-dated.js';
import type { ReplyBody } from '../src/render/reply.js';

const DEFAULT_DAYS = 30;
/** A bare tag lists everything ahead for it; beyond this many, the reply says how many more. */
const MAX_TAG_ITEMS = 20;

interface Args {
  /** Undefined: a bare tag ("/cwg igf"), everything ahead for the filter. */
  period?: Period;
  filter: ItemFilter;
  text: string;
}

export default defineCommand<Args>({
  name: 'upcoming',
  aliases: ['soon', 'agenda'],
  group: 'query',
  parse(words, ctx) {
    const rest = [...words];
    const period = takePeriod(rest, ctx) ?? { days: DEFAULT_DAYS, heading: ctx.msg.heading.upcoming(DEFAULT_DAYS) };
    return { period, filter: filterFor(rest, ctx), text: rest.join(' ') };
  },
  // "/cwg today", "/cwg tomorrow", "/cwg this week", "/cwg igf", "/cwg mine": questions without the word "upcoming"
  claim(words, ctx) {
    const first = words[0]!.toLowerCase();
    if (startsWithNamedPeriod(words)) {
      const rest = [...words];
      const period = takePeriod(rest, ctx)!;
      return { period, filter: filterFor(rest, ctx), text: rest.join(' ') };
    }
    const items = ctx.store.read().items;
    if (!isKnownTag(first, items) && !MINE_WORDS.includes(first)) return undefined;
    return { filter: filterFor(words, ctx), text: words.join(' ') };
  },
  run: (args, ctx) => (args.period ? periodReply(args.period, args.filter, args.text, ctx) : tagReply(args.filter, args.text, ctx)),
});

function periodReply(period: Period, filter: ItemFilter, text: string, ctx: CommandContext): ReplyBody {
  const { msg } = ctx;
  const items = ctx.store.read().items;
  const found = 'days' in period ? upcoming(items, ctx.now, period.days, filter) : upcomingThrough(items, ctx.now, period.lastDay, filter, period.firstDay);
  const undated = listItems(items, ctx.now, { filter }).filter((o) => !o.start && o.status !== 'cancelled').length;
  // issue 15: undated items whose expected period is over are not counted as upcoming; say where they are.
  const undatedNote = [...(undated ? [msg.empty.undatedCount(undated)] : []), ...neverDatedNotes(items, ctx.now, ['deadline', 'event'], filter, msg)];
  if (found.length) {
    return { tone: 'ok', heading: period.heading + msg.filterSuffix(text), sections: [{ items: describeAll(found, ctx) }], notes: undatedNote };
  }
  const anyAhead = listItems(items, ctx.now, { filter }).some((o) => o.start);
  const intro =
    'days' in period ? msg.empty.upcomingWindow(period.days, msg.filterSuffix(text)) : msg.asking.emptyPeriod(period.heading, msg.filterSuffix(text));
  return { tone: 'empty', intro: [intro], sections: [], notes: [...undatedNote, ...(anyAhead ? [] : [msg.empty.howToAdd])] };
}

/** "/cwg igf": everything ahead with that tag, dated first, then those to be announced. */
function tagReply(filter: ItemFilter, text: string, ctx: CommandContext): ReplyBody {
  const { msg } = ctx;
  const items = ctx.store.read().items;
  const found = listItems(items, ctx.now, { filter });
  const stale = neverDatedNotes(items, ctx.now, ['deadline', 'event'], filter, msg);
  if (!found.length) {
    return { tone: 'empty', intro: [msg.asking.emptyTag(msg.filterSuffix(text))], sections: [], notes: [...stale, msg.empty.pastHint] };
  }
  const shown = found.slice(0, MAX_TAG_ITEMS);
  const more = found.length > shown.length ? [msg.empty.moreResults(found.length - shown.length)] : [];
  return { tone: 'ok', heading: msg.asking.heading.tag(text), sections: [{ items: describeAll(shown, ctx) }], notes: [...more, ...stale] };
}
