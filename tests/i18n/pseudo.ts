import en from '../../src/i18n/catalogues/en.js';
import { CATALOGUES, type Catalogue, type Language, type MessageId } from '../../src/i18n/index.js';
import { mapLiterals } from './icu.js';

/**
 * A pseudo-locale: every message's words with each Latin letter swapped for a look-alike outside
 * ASCII ("Next deadline" → "Ñéẋţ đéàđĺíñé"), the whole message wrapped in ⟦…⟧, placeholders and
 * plural/select structure kept. Dates are formatted in Russian (Cyrillic month names), so any ASCII
 * word left in an answer was built outside the catalogue, or is the calendar's own data.
 */
const LOWER = 'àƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýž';
const UPPER = 'ÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŢÚṼŴẊÝŽ';

export function pseudoWords(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => (c <= 'Z' ? UPPER[c.charCodeAt(0) - 65]! : LOWER[c.charCodeAt(0) - 97]!));
}

export const PSEUDO = 'xx';

export function pseudoCatalogue(): Catalogue {
  const out: Catalogue = {};
  for (const [id, text] of Object.entries(en) as Array<[MessageId, string]>) {
    if (id === 'meta.locale') out[id] = 'ru-RU';
    else if (id.startsWith('meta.')) out[id] = text;
    else out[id] = `⟦${mapLiterals(text, pseudoWords)}⟧`;
  }
  return out;
}

/**
 * English left in a text: runs of two or more ASCII words, after removing the data strings given
 * (item titles, places, ids… the calendar's own content, which is English by nature).
 */
export function englishLeftovers(text: string, data: readonly string[]): string[] {
  let rest = withoutIsolates(text);
  for (const d of [...data].filter((s) => s.length > 1).sort((a, b) => b.length - a.length)) {
    // Whole words only: the tag "ai" must not eat into "chair".
    rest = rest.replace(new RegExp(`(?<![A-Za-z0-9])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g'), ' ');
  }
  return [...rest.matchAll(/[A-Za-z][A-Za-z'’]*(?:[ ]+[A-Za-z][A-Za-z'’]*)+/g)].map((m) => m[0]);
}

/**
 * The text without the invisible bidi isolates (U+2066-U+2069) right-to-left answers put around Latin runs: they
 * split a title ("⁦Internet Governance Forum 2025⁩ (⁦IGF 2025⁩)") so that it no longer matches the data it shows.
 */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/** Each leftover with the text around it in the original, for a readable failure. */
export function inContext(text: string, leftovers: readonly string[]): string[] {
  return leftovers.map((l) => {
    const words = l.split(/ +/);
    const at = text.indexOf(words[0]!);
    return `${l}  ←  …${text.slice(Math.max(0, at - 60), at + l.length + 60)}…`;
  });
}

/** Keys of Block Kit and Adaptive Card JSON that hold words people read (not ids, values or payloads). */
const WORD_KEYS = new Set(['text', 'title', 'label', 'placeholder', 'hint', 'confirm', 'deny', 'fallback', 'altText', 'errorMessage', 'submit', 'close']);

/** The words of a Block Kit or Adaptive Card structure (a FactSet's values too: they are dates in words). */
export function wordsOf(json: unknown, inFacts = false): string[] {
  if (Array.isArray(json)) return json.flatMap((v) => wordsOf(v, inFacts));
  if (!json || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([k, v]) => {
    if (typeof v === 'string') return WORD_KEYS.has(k) || (inFacts && k === 'value') ? [v] : [];
    return wordsOf(v, k === 'facts');
  });
}

/** Runs of two or more Latin words. */
const LATIN_RUN = /[A-Za-z][A-Za-z'’]*(?:[ ]+[A-Za-z][A-Za-z'’]*)+/g;
/** Latin runs a catalogue may keep: a command, its keywords and examples (as English writes them), or a name. */
export const SYNTAX = [
  /^(npx )?cwg\b/, // "/cwg search unesco forum", "npx cwg help"
  /^(add|deadline|event|days|date|secretariat|members|ai|int|digest|retry|tz|at|import|N|DD|d|now|data|user|Slack)\b/,
  /^remind me\b/,
  /^(page n|from A|to B)$/, // "import show [n | page n]", "migrate-data --from A --to B": the parser's and the CLI's words
  /^(database|lang) [A-Z]+$/, // "--database URL", "--lang CODE": CLI options and their value, as "--data FILE" is // "remind me <id>": the parser's words for a personal reminder, as asking.remindMe.usage (syntax only) writes them
  /^(Comments on the draft report|CWG calendar|CWG next|Microsoft Teams)$/, // an example title, the Slack app's name, "@CWG next-deadline", a product name (language.platform)
];

export function keptLatin(lang: string): string[] {
  const catalogue = CATALOGUES[lang as Language] as Record<string, string>;
  return [...new Set(Object.values(catalogue).flatMap((t) => [...t.matchAll(LATIN_RUN)].map((m) => m[0])))];
}

/** Latin words left in a text once the data strings are removed (whole strings, as englishLeftovers does). */
export function latinWordsLeft(text: string, strings: readonly string[]): string[] {
  let rest = withoutIsolates(text);
  for (const d of [...strings].filter((s) => s.length > 1).sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![A-Za-z0-9])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g'), ' ');
  }
  // Slack emoji codes and HTML entities are markup, not words.
  return rest.replace(/:[a-z_]+:|&[a-z]+;/g, ' ').match(/[A-Za-z]+/g) ?? [];
}
