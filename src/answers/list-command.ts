import { listItems } from '../calendar/queries.js';
import type { ItemKind } from '../calendar/schema.js';
import { neverDatedSections } from '../render/never-dated.js';
import type { ReplyBody } from '../render/reply.js';
import { type Command, defineCommand } from '../dispatch/command.js';
import type { CommandContext } from '../dispatch/context.js';
import { filterFor, type parseFilter } from './parse-filter.js';
import { describeAll } from './reply-helpers.js';

type Scope = 'upcoming' | 'past' | 'all';
const SCOPES: Record<string, Scope> = { past: 'past', all: 'all', upcoming: 'upcoming', '--past': 'past', '--all': 'all' };

/** `deadlines` and `events`: one listing, scoped to upcoming (default), past or all. */
export function listCommand(kind: ItemKind, name: 'deadlines' | 'events', aliases: string[]): Command {
  return defineCommand({
    name,
    aliases,
    group: 'query',
    parse(words, ctx) {
      let scope: Scope = 'upcoming';
      const rest = words.filter((w) => {
        const s = SCOPES[w.toLowerCase()];
        if (s) scope = s;
        return !s;
      });
      return { scope, filter: filterFor(rest, ctx), text: rest.join(' ') };
    },
    run: ({ scope, filter, text }, ctx) => listReply(kind, scope, filter, text, ctx),
  });
}

function listReply(kind: ItemKind, scope: Scope, filter: ReturnType<typeof parseFilter>, text: string, ctx: CommandContext): ReplyBody {
  const { msg } = ctx;
  const items = ctx.store.read().items;
  const found = listItems(items, ctx.now, { kind, when: scope, filter });
  const what = msg.kindPlural[kind];
  // issue 15: undated items whose expected period is over get their own section, not "upcoming".
  const stale = scope === 'upcoming' ? neverDatedSections(items, ctx.now, kind, filter, (o) => describeAll(o, ctx), msg) : { sections: [], notes: [] };
  if (found.length) {
    const notes = scope === 'upcoming' ? [...stale.notes, msg.empty.pastHint] : [];
    const heading = msg.heading.list(what, scope) + msg.filterSuffix(text);
    return { tone: 'ok', heading, sections: [{ items: describeAll(found, ctx) }, ...stale.sections], notes };
  }
  if (scope === 'upcoming') {
    const past = listItems(items, ctx.now, { kind, when: 'past', filter });
    return {
      tone: 'empty',
      intro: [msg.empty.nothingUpcoming(what, msg.filterSuffix(text))],
      sections: [...(past[0] ? [{ heading: msg.empty.mostRecent(msg.kind[kind]), items: describeAll([past[0]], ctx) }] : []), ...stale.sections],
      notes: [...stale.notes, msg.empty.pastHint, msg.empty.howToAdd],
    };
  }
  return { tone: 'empty', intro: [msg.empty.noneAtAll(what, msg.filterSuffix(text))], sections: [], notes: [msg.empty.howToAdd] };
}
