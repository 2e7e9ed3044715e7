/**
 * Latin tokens in right-to-left text. An item id (cwg-42), a document symbol (CWG-WSIS&SDG-42/13),
 * an e-mail address, a URL or a date in Latin script ("4 March 2025") inside an Arabic sentence is
 * reordered by the Unicode bidi algorithm: its neutral characters (- / & . :) take the direction of
 * the Arabic around them and the token scrambles ("13/42-SDG&WSIS-CWG"). Wrapping each run in
 * LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE keeps it whole and in its own order, without
 * changing how the Arabic around it flows. Right-to-left answers isolate their pieces here once, before
 * the renderers join, escape and cut them (src/render/shown-text.ts): plain text, Block Kit and
 * Adaptive Cards are all built from the same isolated pieces.
 */

export const LRI = '\u2066';
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Right-to-left languages among the six (Arabic). */
const RTL = new Set(['ar']);

/** Whether a language tag ("ar", "ar-EG-u-nu-latn") is written right to left. */
export const isRightToLeftLocale = (tag: string): boolean => RTL.has(tag.toLowerCase().split(/[-_]/)[0] ?? '');

/** One Latin token: letters, digits and the neutrals that live inside ids, symbols, addresses and URLs (and HTML entities such as &amp;). */
// Latin letters include the accented ones (Lillestrøm, Genève, São Paulo): \p{Script=Latin} keeps such a word one token.
const L = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF';
// A leading slash belongs to the token: a command (/cwg events) or a path (/var/lib/cwg-bot, ./report.docx, ~/x).
const TOKEN = `(?:(?:~|\\.{1,2})?/)?[${L}0-9](?:&[a-z]+;|[${L}\u0300-\u036F0-9&@._/:+%#?=~'’\\-–—])*`;
/** Tokens joined by spaces or commas ("4 March 2025", "Open consultation, WSIS"): one run, one isolate. */
const RUN = new RegExp(`${TOKEN}(?:[ ,]+${TOKEN})*`, 'g');
/** Left alone: what is already isolated, and markup spans whose inside must not change (Slack <url|label>, <@U1>; Markdown [label](url)). */
const PROTECTED = /([\u2066-\u2068][^\u2066-\u2069]*\u2069|<[^<>\n]*>|\[[^\]\n]*\]\([^)\s]*\))/;
/** Sentence punctuation at a run's end belongs to the sentence around it. */
const TRAILING = /[.,:;!?'’\-–—]+$/;

const LATIN = new RegExp(`[${L}]`);
const worthIsolating = (run: string) => LATIN.test(run) || /\d[-/.:]\d/.test(run);
/** What any change needs: a run is isolated only if worthIsolating, a markup span only if it has an ASCII letter. */
const NEEDS = new RegExp(`[${L}]|\\d[-/.:]\\d`);

/**
 * Answers repeat the same strings (labels, titles, dates, whole lines), and a renderer meets its own
 * output again (the plain text, already isolated, is also Block Kit's fallback and the card's): each
 * is isolated once and kept, the output too (isolating it again gives itself). Bounded by characters;
 * emptied when full rather than tracking age, which would cost more than the lookups it saves.
 */
const memo = new Map<string, string>();
const MEMO_CHARS = 4_000_000;
const MEMO_LONGEST = 100_000;
let memoChars = 0;

/** Wraps every Latin run of `text` in LRI … PDI. Idempotent: isolated runs and markup spans are kept as they are. */
export function isolateLatin(text: string): string {
  // The memo first: most strings come back (labels, titles, the same dates), and a string that was
  // looked up before keeps its hash, so a hit costs no scan. Texts with nothing to isolate (no Latin
  // letter, no digit-separator-digit: most of an Arabic answer's own words) are kept as themselves.
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const out = NEEDS.test(text) ? isolate(text) : text;
  if (text.length <= MEMO_LONGEST) {
    if (memoChars + text.length + out.length > MEMO_CHARS) {
      memo.clear();
      memoChars = 0;
    }
    memo.set(text, out);
    if (out !== text) memo.set(out, out);
    memoChars += out === text ? text.length : text.length + out.length;
  }
  return out;
}

function isolate(text: string): string {
  return text
    .split(PROTECTED)
    .map((part, i) => {
      if (i % 2 === 1) return /^[\u2066-\u2068]/.test(part) || !/[A-Za-z]/.test(part) ? part : `${LRI}${part}${PDI}`;
      return part.replace(RUN, (run) => {
        const tail = /&[a-z]+;$/.test(run) ? '' : (TRAILING.exec(run)?.[0] ?? '');
        const core = tail ? run.slice(0, -tail.length) : run;
        return core && worthIsolating(core) ? `${LRI}${core}${PDI}${tail}` : run;
      });
    })
    .join('');
}

/** Keys of a rendered message whose values are shown to people (Block Kit, Adaptive Cards); ids, values, URLs and data are not. */
const SHOWN_KEYS = new Set(['text', 'title', 'fallbackText', 'placeholder', 'label', 'alt_text']);

/**
 * A rendered message (Block Kit blocks, an Adaptive Card) with every shown string isolated, changed
 * in place. The three renderers do not need it (they isolate the pieces they are built from, which
 * costs far less than walking their output): it is for a message built elsewhere.
 * Action values, URLs, ids and submit data keep their bytes, so buttons still work.
 */
export function isolateShown<T>(node: T): T {
  walk(node as unknown, undefined);
  return node;
}

function walk(node: unknown, key: string | undefined): unknown {
  if (typeof node === 'string') return key && SHOWN_KEYS.has(key) ? isolateLatin(node) : node;
  if (Array.isArray(node)) {
    const inner = key === 'facts' || key === 'elements' || key === 'items' ? undefined : key;
    for (let i = 0; i < node.length; i++) node[i] = walk(node[i], inner);
    return node;
  }
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  // A FactSet's fact shows its value; a Slack option's "value", a submit's "data", a url: never.
  const fact = 'title' in obj && !('type' in obj);
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (k === 'value' && typeof v === 'string') {
      if (fact) obj[k] = isolateLatin(v);
    } else if (k !== 'data' && k !== 'url' && k !== 'action_id' && k !== 'block_id' && k !== 'id') obj[k] = walk(v, k);
  }
  return obj;
}
