import { isolateLatin, LRI, PDI } from '../i18n/bidi.js';
import type { Messages } from '../i18n/index.js';
import type { ReplyBody, ReplyItem } from './reply.js';

/**
 * Right-to-left answers isolate their Latin tokens (src/i18n/bidi.ts) piece by piece, where the
 * pieces come from, before any renderer joins, escapes or cuts them: the reply model's wording once
 * per item (plain text, Block Kit and the Adaptive Card of one answer share it), the catalogue's
 * words once per language, and the few Latin pieces a renderer writes itself (an id, `rev=N`) as
 * it writes them. No renderer walks its own output again, and its length limits apply to the
 * isolated text. Left-to-right languages get their reply and words back untouched.
 */

const same = (text: string) => text;

/** What a renderer passes a shown piece it builds itself through (an id, a URL, a formatted message). */
export const shownText = (msg: Messages): ((text: string) => string) => (msg.rtl ? isolateLatin : same);

const isolatedId = (id: string) => `${LRI}${id}${PDI}`;
/** An item id as shown: always one Latin token, so right to left it is isolated as it is written, with no lookup. */
export const shownId = (msg: Messages): ((id: string) => string) => (msg.rtl ? isolatedId : same);

const words = new WeakMap<object, object>();

/** A record of the catalogue's words (labels, button names), isolated once per catalogue for right-to-left languages. */
export function shownWords<T extends Record<string, string>>(msg: Messages, record: T): T {
  if (!msg.rtl) return record;
  let out = words.get(record) as T | undefined;
  if (!out) {
    out = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, isolateLatin(v)])) as T;
    words.set(record, out);
  }
  return out;
}

export type ShownParts = Pick<ReplyBody, 'heading' | 'intro' | 'notes' | 'sections'>;
interface Shown {
  /** What the parts were made from: a reply sharing its sections but with other lines is isolated again. */
  heading: string | undefined;
  intro: string[] | undefined;
  notes: string[] | undefined;
  parts: ShownParts;
}

/**
 * The last few answers' isolated parts, keyed by the reply's sections array (which the Reply made by finishReply
 * shares with its body). The renderers of one answer run one after another, so a handful of entries always hits;
 * a WeakMap did too, but its entries (young keys in an old table) made every scavenge keep and promote the
 * answers' isolated copies, and collecting them later doubled the time right-to-left answers spent in GC.
 */
const RECENT = 4;
const recentKeys: (object | undefined)[] = new Array(RECENT).fill(undefined);
const recentShown: (Shown | undefined)[] = new Array(RECENT).fill(undefined);
let recentNext = 0;
const replies = {
  get(key: object): Shown | undefined {
    for (let i = 0; i < RECENT; i++) if (recentKeys[i] === key) return recentShown[i];
    return undefined;
  },
  set(key: object, shown: Shown): void {
    for (let i = 0; i < RECENT; i++)
      if (recentKeys[i] === key) {
        recentShown[i] = shown;
        return;
      }
    recentKeys[recentNext] = key;
    recentShown[recentNext] = shown;
    recentNext = (recentNext + 1) % RECENT;
  },
};

/**
 * The reply's lines and sections with their shown wording isolated (right-to-left languages), for a
 * renderer to read; the rest of the reply (tone, file, flags, its plain text) it reads from the reply
 * itself, so no renderer copies the reply. An answer is isolated once: the plain text (finishReply),
 * Block Kit and the Adaptive Card of it read the same isolated parts (the reply model is not changed
 * once built). Ids, URLs, dates and codes keep their bytes (buttons, links and submit data use them);
 * renderers isolate an id where they show it.
 */
export function shownParts(reply: ReplyBody, msg: Messages): ShownParts {
  if (!msg.rtl) return reply;
  let shown = replies.get(reply.sections);
  if (!shown || shown.heading !== reply.heading || shown.intro !== reply.intro || shown.notes !== reply.notes) {
    const parts: ShownParts = {
      heading: reply.heading === undefined ? undefined : isolateLatin(reply.heading),
      intro: reply.intro?.map(isolateLatin),
      notes: reply.notes?.map(isolateLatin),
      sections: reply.sections.map((s) => ({
        heading: s.heading === undefined ? undefined : isolateLatin(s.heading),
        items: s.items.map((i) => isolateItem(i, reply.detailed === true)),
      })),
    };
    shown = { heading: reply.heading, intro: reply.intro, notes: reply.notes, parts };
    replies.set(reply.sections, shown);
    // A renderer that hands the isolated reply on (the card's fallback text) finds it isolated already.
    replies.set(parts.sections, { heading: parts.heading, intro: parts.intro, notes: parts.notes, parts });
  }
  return shown.parts;
}

const iso = (text: string | undefined) => (text === undefined ? undefined : isolateLatin(text));

/**
 * The isolated copy is made as a clone of the item (spread, then its shown fields replaced) rather than
 * as a literal of its own: a clone keeps the item's hidden class, so the renderers reading items see one
 * shape whatever the language (a literal here gave right-to-left items a shape of their own, and every
 * renderer's reads of them went polymorphic: most of what isolating an answer's items cost).
 * Lists (not `detailed`) show no organiser, description, report wording, tags, anchor or review notes
 * in any renderer: those stay as they are there, which spares most of the characters.
 */
function isolateItem(i: ReplyItem, detailed: boolean): ReplyItem {
  const out = { ...i };
  out.title = isolateLatin(i.title);
  out.statusLabel = isolateLatin(i.statusLabel);
  out.when = isolateLatin(i.when);
  out.whenLocal = iso(i.whenLocal);
  out.countdown = iso(i.countdown);
  out.place = iso(i.place);
  out.whoMustActText = iso(i.whoMustActText);
  out.sendTo = iso(i.sendTo);
  out.reviewMark = iso(i.reviewMark);
  if (i.previously.length) out.previously = i.previously.map(isolateLatin);
  const source = { ...i.source };
  source.document = isolateLatin(i.source.document);
  source.label = isolateLatin(i.source.label);
  if (detailed) {
    out.organiser = iso(i.organiser);
    out.description = iso(i.description);
    source.wording = iso(i.source.wording);
    if (i.tags.length) out.tags = i.tags.map(isolateLatin);
    if (i.review.length) out.review = i.review.map((r) => ({ ...r, reason: isolateLatin(r.reason) }));
    if (i.reviewText.length) out.reviewText = i.reviewText.map(isolateLatin);
    if (i.anchor) out.anchor = { id: i.anchor.id, title: isolateLatin(i.anchor.title), offsetDays: i.anchor.offsetDays, text: isolateLatin(i.anchor.text) };
  }
  out.source = source;
  return out;
}
