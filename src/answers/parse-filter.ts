import { memoizeFrozen } from '../calendar/memo.js';
import type { ItemFilter } from '../calendar/queries.js';
import type { Actor, Item } from '../calendar/schema.js';
import { UsageError } from '../errors.js';
import type { Messages } from '../i18n/index.js';

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

/**
 * Reads filter words: each is a tag used in the calendar or a who-must-act word.
 * A word that is both (council) counts as a tag when the calendar has that tag.
 */
export function parseFilter(words: string[], items: readonly Item[], msg: Messages): ItemFilter {
  if (!words.length) return { tags: [], actors: [] };
  const tags = tagsIn(items);
  const filter: ItemFilter = { tags: [], actors: [] };
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/^#/, '');
    if (tags.has(word)) filter.tags.push(word);
    else if (ACTOR_WORDS[word]) filter.actors.push(ACTOR_WORDS[word]!);
    else {
      throw new UsageError(
        msg.error.unknownFilter(raw, [...tags].sort(), ['members', 'secretariat', 'chair', 'all-stakeholders', 'sectors', 'councillors', 'council-chair']),
      );
    }
  }
  return filter;
}

const tagsIn = memoizeFrozen((items: readonly Item[]) => new Set([...KNOWN_TAGS, ...items.flatMap((it) => it.tags)]));
