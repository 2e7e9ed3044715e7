import type { Item, Source } from '../calendar/schema.js';
import { cleanUrl, cleanWebUrl } from '../calendar/safe-url.js';
import { neutraliseText } from '../calendar/sanitize-text.js';

export { cleanUrl };

/**
 * One cleaning for every text field that comes from a file (calendar import today; document and
 * spreadsheet importers later): terminal escape sequences and C0/C1 controls removed (newlines kept
 * where a field is multi-line), bidi overrides and invisible characters removed, Slack/Teams markup
 * neutralised (neutraliseText), length capped. Every expression here is linear in the input.
 */

// biome-ignore-start lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed
/** CSI (ESC [ or the C1 byte 0x9B) parameters, intermediates and final byte: "ESC[2J", "ESC[31m". */
const CSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?/g;
/** OSC, DCS, SOS, PM, APC strings up to BEL or ST: "ESC]0;title BEL" (window title), "ESC P … ESC \". */
const STRING_SEQ = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
/** Any other escape: ESC and the byte after it. */
const OTHER_ESC = /\x1b[ -~]?/g;
// biome-ignore-end lint/suspicious/noControlCharactersInRegex: -

export function stripEscapeSequences(text: string): string {
  return text.replace(STRING_SEQ, '').replace(CSI, '').replace(OTHER_ESC, '');
}

export interface CleanOptions {
  /** Longest result, in characters (the schema's limit for the field). */
  max: number;
  /** Keep line breaks (descriptions); otherwise the text becomes one line. */
  multiline?: boolean;
}

/** The cleaned text, '' when nothing readable is left. */
export function cleanText(raw: string, opts: CleanOptions): string {
  // Read at most a little more than the limit: the cost never depends on what a file holds.
  const text = stripEscapeSequences(String(raw).slice(0, opts.max * 4));
  const out = opts.multiline
    ? text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => neutraliseText(line))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : neutraliseText(text);
  return out.length > opts.max ? `${out.slice(0, opts.max - 1)}…` : out;
}

/** Limits of the item's text fields (ItemSchema's). */
const MAX = {
  title: 200,
  description: 2000,
  place: 200,
  organiser: 200,
  sendTo: 200,
  document: 200,
  paragraph: 40,
  wording: 500,
  note: 500,
  printed: 500,
  interpretation: 500,
  reason: 1000,
} as const;

function cleanSource(s: Source): Source {
  const out: Source = { document: cleanText(s.document, { max: MAX.document }) || '-', paragraph: cleanText(s.paragraph, { max: MAX.paragraph }) || '-' };
  if (s.wording !== undefined) {
    const wording = cleanText(s.wording, { max: MAX.wording });
    if (wording) out.wording = wording;
  }
  // refusing an unsafe link is the importer's call (unsafeUrlOf); one that got here is kept only when clean
  const link = s.link === undefined ? undefined : cleanWebUrl(s.link);
  if (link) out.link = link;
  return out;
}

function optional<K extends 'place' | 'organiser' | 'sendTo'>(out: Item, item: Item, key: K): void {
  const v = item[key];
  if (v === undefined) return;
  const clean = cleanText(v, { max: MAX[key] });
  if (clean) out[key] = clean;
  else delete out[key];
}

/**
 * The same item with every text field cleaned (title, description, place, organiser, sendTo,
 * source, seeAlso, history notes and sources, review flags, tags). The url must already have passed
 * cleanUrl (refusing is the importer's call: see unsafeUrlOf). Required fields that clean to nothing
 * get a placeholder ("-", the title falls back to the id) so the item stays valid.
 */
export function cleanItemText(item: Item): Item {
  const out: Item = {
    ...item,
    title: cleanText(item.title, { max: MAX.title }) || item.id,
    source: cleanSource(item.source),
    seeAlso: item.seeAlso.map(cleanSource),
    history: item.history.map((h) => {
      const entry = { ...h };
      if (h.note !== undefined) {
        const note = cleanText(h.note, { max: MAX.note });
        if (note) entry.note = note;
        else delete entry.note;
      }
      if (h.source) entry.source = cleanSource(h.source);
      return entry;
    }),
    review: item.review.map((r) => ({
      ...r,
      printed: cleanText(r.printed, { max: MAX.printed }) || '-',
      interpretation: cleanText(r.interpretation, { max: MAX.interpretation }) || '-',
      reason: cleanText(r.reason, { max: MAX.reason }) || '-',
    })),
    // Tags are checked by the schema (lowercase words); cleaning keeps them unique.
    tags: [...new Set(item.tags)],
  };
  if (item.description !== undefined) {
    const description = cleanText(item.description, { max: MAX.description, multiline: true });
    if (description) out.description = description;
    else delete out.description;
  }
  optional(out, item, 'place');
  optional(out, item, 'organiser');
  optional(out, item, 'sendTo');
  if (item.url !== undefined) {
    const url = cleanUrl(item.url);
    if (url) out.url = url;
    else delete out.url;
  }
  if (item.translations) {
    // Translations are cleaned like the text they translate; one that cleans to nothing is dropped.
    const translations: NonNullable<Item['translations']> = {};
    for (const [lang, tr] of Object.entries(item.translations) as Array<[keyof typeof translations, NonNullable<Item['translations']>['fr']]>) {
      const clean: Record<string, string> = {};
      for (const [field, text] of Object.entries(tr ?? {})) {
        const max = field === 'description' ? MAX.description : MAX.title;
        const v = cleanText(text, { max, multiline: field === 'description' });
        if (v) clean[field] = v;
      }
      if (Object.keys(clean).length) translations[lang] = clean;
    }
    if (Object.keys(translations).length) out.translations = translations;
    else delete out.translations;
  }
  return out;
}

/** The item's links that cleanUrl refuses (url, and sendTo when it is written as a link): what an importer reports. */
export function unsafeUrlOf(item: { url?: unknown; sendTo?: unknown; source?: { link?: unknown } }): string | undefined {
  if (typeof item.url === 'string' && !cleanUrl(item.url)) return 'url';
  if (typeof item.source?.link === 'string' && !cleanWebUrl(item.source.link)) return 'source.link';
  if (typeof item.sendTo === 'string' && /^[a-z][a-z0-9+.-]*:\S*$/i.test(item.sendTo.trim()) && !cleanUrl(item.sendTo)) return 'sendTo';
  return undefined;
}
