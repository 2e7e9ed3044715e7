import type { When } from '../calendar/when-schema.js';

/**
 * A short, stable id from the title: its first acronym (CSTD, IGF, G20; not ITU or UN when something
 * else is left), else its first meaningful words, then a plain number (WSIS+30), the ordinal (29th)
 * and the year (the title's, else the date's): "29th annual session of the CSTD" → cstd-29,
 * "ITU Council 2026" → council-2026, "Comments on the draft outcomes report" (2025) → comments-outcomes-2025.
 * The same title and date always give the same id; a taken one gets -2, -3…
 * A caller naming many items at once (a spreadsheet of 5,000 rows, many with one title) passes
 * `suffixes`, where the next number to try per base is kept: without it each new "-n" would try
 * every number before it again, which grows with the square of the rows.
 */
export function makeId(title: string, when: When | undefined, taken: (id: string) => boolean, suffixes?: Map<string, number>): string {
  const base = idFromTitle(title, when);
  if (!taken(base)) return base;
  for (let n = suffixes?.get(base) ?? 2; ; n++) {
    if (taken(`${base}-${n}`)) continue;
    suffixes?.set(base, n + 1);
    return `${base}-${n}`;
  }
}

const ID_FUNCTION_WORDS = new Set('a an and at by de des du et for from in of on or the to with la le les'.split(' '));
// words too general to tell items apart
const ID_GENERAL_WORDS = new Set('annual draft report meeting session event deadline submission high level global final new open'.split(' '));
const ID_STOP = new Set([...ID_FUNCTION_WORDS, ...ID_GENERAL_WORDS]);
const ID_DROP_ACRONYMS = new Set(['itu', 'un']);
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

function idFromTitle(title: string, when: When | undefined): string {
  const tokens = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, 40);
  let ordinal: string | undefined;
  let year: string | undefined;
  let number: string | undefined;
  const acronyms: Array<[number, string]> = [];
  const words: Array<[number, string]> = [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const ord = /^(\d{1,3})(st|nd|rd|th)$/i.exec(token)?.[1] ?? (ORDINAL_WORDS[lower] ? String(ORDINAL_WORDS[lower]) : undefined);
    if (ord) ordinal ??= ord;
    else if (/^(19|20)\d{2}$/.test(token)) year ??= token;
    else if (/^\d{1,3}$/.test(token)) number ??= token;
    else if (token.length >= 2 && /^[A-Z][A-Z0-9]*$/.test(token) && /[A-Z].*[A-Z0-9]|[0-9]/.test(token)) acronyms.push([i, lower]);
    else if (!ID_STOP.has(lower) && /^[a-z]/.test(lower)) words.push([i, lower.slice(0, 16)]);
  });
  const named = acronyms.filter(([, a]) => !ID_DROP_ACRONYMS.has(a));
  const acronym = named[0] ?? (words.length ? undefined : acronyms[0]);
  const chosen: Array<[number, string]> = acronym ? [acronym] : [];
  // with an acronym, only a word before it ("Comments on the GDC plan" → comments-gdc; "IGF 2026 Oslo" → igf-2026)
  const before = acronym ? words.filter(([i]) => i < acronym[0]) : words;
  chosen.push(...before.slice(0, ordinal ? (acronym ? 0 : 1) : acronym ? 1 : 2));
  // an acronym alone names a group, not one of its items: the words right after it say which
  // ("CWG test meeting" → cwg-test-meeting, not cwg); "IGF 2026 Oslo" and "CWG meeting" stay igf-2026, cwg
  if (acronym && chosen.length === 1 && !ordinal) chosen.push(...wordsAfter(tokens, acronym[0]));
  chosen.sort((a, b) => a[0] - b[0]);
  const whenYear =
    when && (when.type === 'date' || when.type === 'datetime') ? when.start.slice(0, 4) : when?.type === 'tba' ? when.approx?.slice(0, 4) : undefined;
  // an ordinal names the occurrence already: the date's year is added only without one
  const parts = [...chosen.map(([, w]) => w), number, ordinal, year ?? (ordinal ? undefined : whenYear)].filter((p): p is string => !!p);
  // a title with no Latin words (Совет МСЭ 2026) still gets a readable id: item-2026
  if (!chosen.length) parts.unshift('item');
  return parts.join('-').slice(0, 40).replace(/-+$/, '').padEnd(2, '0');
}

/**
 * The words that follow the acronym at `at`, as far as the first function word, number or other
 * acronym (at most three), when one of them tells items apart: "CWG test meeting" → test, meeting.
 */
function wordsAfter(tokens: readonly string[], at: number): Array<[number, string]> {
  const run: Array<[number, string]> = [];
  let i = at + 1;
  // the rest of a compound name first (CWG-WSIS&SDG open consultation → open, consultation)
  while (i < tokens.length && /^[A-Z][A-Z0-9]+$/.test(tokens[i]!)) i++;
  for (; i < tokens.length && run.length < 3; i++) {
    const lower = tokens[i]!.toLowerCase();
    if (ID_FUNCTION_WORDS.has(lower) || !/^[A-Za-z][a-z]*$/.test(tokens[i]!) || ORDINAL_WORDS[lower]) break;
    run.push([i, lower.slice(0, 16)]);
  }
  return run.some(([, w]) => !ID_GENERAL_WORDS.has(w)) ? run : [];
}
