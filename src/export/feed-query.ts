import type { ItemFilter } from '../calendar/queries.js';
import { ACTORS, type Actor, type Item } from '../calendar/schema.js';
import { ITEM_ID } from '../calendar/when-schema.js';
import { KNOWN_TAGS, parseFilter } from '../answers/parse-filter.js';
import { quoteShort } from '../calendar/sanitize-text.js';
import { UsageError } from '../errors.js';
import { supportedLanguage } from '../i18n/choose-language.js';
import { type Messages, SUPPORTED_LANGUAGES } from '../i18n/index.js';

export interface FeedRequest {
  filter: ItemFilter;
  /** One item only (an "add to calendar" link). */
  id?: string;
  token?: string;
  /** Normalised query (no token): the cache and ETag key of this view of the feed. */
  key: string;
  /** ?lang=: the language of the file's words and item text (one of the six; absent: the feed's default, CWG_LANG). */
  lang?: string;
}

/** Values of a parameter given as "a,b" and/or repeated ("?tags=a&tags=b"). */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/** The word as the filter reader understands it, or undefined when it is not a filter word at all. */
function readWord(word: string, items: readonly Item[], msg: Messages): ItemFilter | undefined {
  try {
    return parseFilter([word], items, msg);
  } catch (err) {
    if (err instanceof UsageError) return undefined;
    throw err;
  }
}

/**
 * Reads `?tags=a,b&who=members&id=…&token=…` with the same words as /cwg filters.
 * Throws UsageError (→ 400) naming the bad value and what is accepted.
 */
export function parseFeedQuery(params: URLSearchParams, items: readonly Item[], msg: Messages): FeedRequest {
  const E = msg.exporting;
  const tags: string[] = [];
  for (const word of listParam(params, 'tags')) {
    const f = readWord(word.replace(/^#/, ''), items, msg);
    if (!f?.tags.length) {
      throw new UsageError(E.feedUnknownParam('tags', quoteShort(word), [...new Set([...KNOWN_TAGS, ...items.flatMap((it) => it.tags)])].sort()));
    }
    tags.push(f.tags[0]!);
  }
  const actors: Actor[] = [];
  for (const word of listParam(params, 'who')) {
    const actor = (ACTORS as readonly string[]).includes(word) ? (word as Actor) : readWord(word, items, msg)?.actors[0];
    if (!actor) throw new UsageError(E.feedUnknownParam('who', quoteShort(word), [...ACTORS]));
    actors.push(actor);
  }
  const ids = listParam(params, 'id');
  if (ids.length > 1 || (ids[0] !== undefined && !ITEM_ID.test(ids[0]))) {
    throw new UsageError(E.feedUnknownParam('id', quoteShort(params.getAll('id').join(',')), [E.feedOneItemId]));
  }
  const filter: ItemFilter = { tags: [...new Set(tags)].sort(), actors: [...new Set(actors)].sort() };
  const token = params.get('token') ?? undefined;
  const langs = listParam(params, 'lang');
  const lang = langs.length === 1 ? supportedLanguage(langs[0]) : undefined;
  if (langs.length && !lang) throw new UsageError(E.feedUnknownParam('lang', quoteShort(params.getAll('lang').join(',')), [...SUPPORTED_LANGUAGES]));
  // The default language is the view without ?lang=: "lang=en" on an English feed is the same file, so the same key.
  const other = lang && lang !== msg.lang ? lang : undefined;
  // One item's file ignores tags and who: such a request has one key whatever else it says.
  const base = ids[0] ? `id=${ids[0]}` : `tags=${filter.tags.join(',')}&who=${filter.actors.join(',')}`;
  const key = other ? `${base}&lang=${other}` : base;
  return { filter, key, ...(ids[0] ? { id: ids[0] } : {}), ...(token !== undefined ? { token } : {}), ...(other ? { lang: other } : {}) };
}
