import { type ItemFilter, listItems, nextOf } from '../calendar/queries.js';
import type { ItemKind } from '../calendar/schema.js';
import { GENEVA } from '../calendar/schema.js';
import { isoDateIn } from '../calendar/time.js';
import { formatDay } from '../render/describe-item.js';
import { neverDatedNotes } from '../render/never-dated.js';
import type { ReplyBody, ReplySection } from '../render/reply.js';
import type { CommandContext } from '../dispatch/context.js';
import { describeAll } from './reply-helpers.js';

/**
 * "What is next" for events or deadlines: everything due/starting on the first upcoming day,
 * events under way, and when nothing is ahead, the latest past one and how to add more.
 */
export function nextReply(kind: ItemKind, filter: ItemFilter, filterText: string, ctx: CommandContext): ReplyBody {
  const { msg } = ctx;
  const items = ctx.store.read().items;
  const result = nextOf(items, ctx.now, kind, filter);
  const sections: ReplySection[] = [];
  if (result.ongoing.length) sections.push({ heading: msg.heading.ongoing, items: describeAll(result.ongoing, ctx) });
  if (result.next.length) {
    const first = result.next[0]!;
    const day = formatDay(isoDateIn(first.item.kind === 'deadline' ? new Date(first.start!.getTime() - 1) : first.start!, GENEVA), msg);
    const heading =
      result.next.length === 1
        ? kind === 'deadline'
          ? msg.heading.nextDeadline
          : msg.heading.nextEvent
        : kind === 'deadline'
          ? msg.heading.nextDeadlines(result.next.length, day)
          : msg.heading.nextEvents(result.next.length, day);
    sections.push({ heading, items: describeAll(result.next, ctx) });
  }
  // issue 15: say where the undated items whose expected period is over are listed.
  const stale = neverDatedNotes(items, ctx.now, [kind], filter, msg);
  if (sections.length) return { tone: 'ok', sections, ...(stale.length ? { notes: stale } : {}) };
  const what = msg.kindPlural[kind];
  const suffix = msg.filterSuffix(filterText);
  if (!result.latestPast) {
    return { tone: 'empty', sections: [], intro: [msg.empty.noneAtAll(what, suffix)], notes: [...stale, msg.empty.howToAdd] };
  }
  return {
    tone: 'empty',
    intro: [msg.empty.nothingUpcoming(what, suffix)],
    sections: [{ heading: msg.empty.mostRecent(msg.kind[kind]), items: describeAll([result.latestPast], ctx) }],
    notes: [...stale, msg.empty.howToAdd],
  };
}

/** "next events", "next 3 deadlines": the next few dated items (events under way first), not only the next day's. */
export function nextFewReply(kind: ItemKind, few: number, filter: ItemFilter, filterText: string, ctx: CommandContext): ReplyBody {
  const { msg } = ctx;
  const items = ctx.store.read().items;
  const found = listItems(items, ctx.now, { kind, filter })
    .filter((o) => o.start && o.status !== 'cancelled' && o.status !== 'done')
    .slice(0, few);
  if (!found.length) return nextReply(kind, filter, filterText, ctx);
  const stale = neverDatedNotes(items, ctx.now, [kind], filter, msg);
  const heading = msg.asking.heading.nextFew(kind, found.length) + msg.filterSuffix(filterText);
  return { tone: 'ok', heading, sections: [{ items: describeAll(found, ctx) }], ...(stale.length ? { notes: stale } : {}) };
}
