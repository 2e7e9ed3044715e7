import { memoizeFrozen } from '../calendar/memo.js';
import type { ItemFilter } from '../calendar/queries.js';
import type { Actor, Item } from '../calendar/schema.js';
import { UsageError } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import type { CommandContext } from '../dispatch/context.js';

const ACTOR_WORDS: Record<string, Actor> = {
  members: 'members',
  member: 'members',
  'member-states': 'members',
  delegates: 'members',
  delegations: 'members',
  secretariat: 'secretariat',
  itu: 'secretariat',
  chair: 'chair',
  'all-stakeholders': 'all-stakeholders',
  stakeholders: 'all-stakeholders',
  all: 'all-stakeholders',
  sectors: 'sectors',
  councillors: 'councillors',
  council: 'councillors',
  'council-chair': 'council-chair',
};

/** Tags and who-must-act words a delegate may type, whether or not the calendar uses them yet. */
export const KNOWN_TAGS = ['igf', 'cstd', 'wsis20', 'hlpf', 'gdc', 'ai', 'council', 'rdf', 'cwg', 'unesco', 'g20', 'giga', 'unga', 'wtdc'];

/** "mine": what the asker must act on, by the role decided in src/dispatch/roles.ts. */
export const MINE_WORDS = ['mine'];

/** The actor "mine" stands for: the secretariat for the secretariat, members (delegations) for everyone else. */
export function mineActor(isSecretariat: boolean): Actor {
  return isSecretariat ? 'secretariat' : 'members';
}

/**
 * Reads filter words: each is a tag used in the calendar, a who-must-act word, or "mine" (the
 * asker's own role, when `mine` is given). A word that is both (council) counts as a tag when the
 * calendar has that tag.
 */
export function parseFilter(words: string[], items: readonly Item[], msg: Messages, opts: { mine?: Actor } = {}): ItemFilter {
  if (!words.length) return { tags: [], actors: [] };
  const tags = tagsIn(items);
  const filter: ItemFilter = { tags: [], actors: [] };
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/^#/, '');
    if (tags.has(word)) filter.tags.push(word);
    else if (ACTOR_WORDS[word]) filter.actors.push(ACTOR_WORDS[word]!);
    else if (opts.mine && MINE_WORDS.includes(word)) filter.actors.push(opts.mine);
    else {
      const words = filterWords(items, opts);
      throw new UsageError(msg.error.unknownFilter(raw, words.tags, words.actors));
    }
  }
  return filter;
}

/** The filter words an error message lists: the calendar's tags (and those a delegate may type), and who must act. */
export function filterWords(items: readonly Item[], opts: { mine?: Actor } = {}): { tags: string[]; actors: string[] } {
  const actors = ['members', 'secretariat', 'chair', 'all-stakeholders', 'sectors', 'councillors', 'council-chair', ...(opts.mine ? ['mine'] : [])];
  return { tags: [...tagsIn(items)].sort(), actors };
}

/** Filter words as a command reads them: "mine" is the caller's role. */
export function filterFor(words: string[], ctx: CommandContext): ItemFilter {
  return parseFilter(words, ctx.store.read().items, ctx.msg, { mine: mineActor(ctx.isSecretariat) });
}

/** A tag of the calendar (or one a delegate may type), for a line that starts with it ("/cwg igf"). */
export function isKnownTag(word: string, items: readonly Item[]): boolean {
  return tagsIn(items).has(word.toLowerCase().replace(/^#/, ''));
}

const tagsIn = memoizeFrozen((items: readonly Item[]) => new Set([...KNOWN_TAGS, ...items.flatMap((it) => it.tags)]));
