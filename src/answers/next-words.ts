import type { ItemFilter } from '../calendar/queries.js';
import type { ItemKind } from '../calendar/schema.js';
import type { CommandContext } from '../dispatch/context.js';
import { filterFor } from './parse-filter.js';

/** How many items "next events" / "next deadlines" list when no number is given. */
export const NEXT_FEW = 5;

export interface NextArgs {
  kind: ItemKind;
  /** "next events", "next 3 deadlines": the next few; undefined: the next day's items. */
  few?: number;
  filter: ItemFilter;
  text: string;
}

const KIND_WORDS: Record<string, { kind: ItemKind; plural: boolean }> = {
  event: { kind: 'event', plural: false },
  events: { kind: 'event', plural: true },
  meeting: { kind: 'event', plural: false },
  meetings: { kind: 'event', plural: true },
  deadline: { kind: 'deadline', plural: false },
  deadlines: { kind: 'deadline', plural: true },
};

/**
 * `next-deadline`, `next-event` and their alias `next` read the same words: an optional number and
 * kind word ("next event", "next events", "next 3 deadlines"), then filter words.
 */
export function parseNextWords(words: string[], defaultKind: ItemKind, ctx: CommandContext): NextArgs {
  const rest = [...words];
  let few: number | undefined;
  if (rest.length > 1 && /^\d{1,2}$/.test(rest[0]!) && KIND_WORDS[rest[1]!.toLowerCase()]) few = Math.max(1, Number(rest.shift()));
  const kindWord = rest[0] ? KIND_WORDS[rest[0].toLowerCase()] : undefined;
  let kind = defaultKind;
  if (kindWord) {
    rest.shift();
    kind = kindWord.kind;
    if (kindWord.plural) few ??= NEXT_FEW;
  }
  return { kind, ...(few !== undefined ? { few } : {}), filter: filterFor(rest, ctx), text: rest.join(' ') };
}
