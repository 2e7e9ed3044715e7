import { BODIES, EVENT_HEADS, EVENT_MODIFIERS, nameTokens } from './lexicon.js';
import { twoDigitYear } from './history.js';
import { numberAfterHead } from './meeting-number.js';
import { ordinalValue } from './ordinals.js';

/**
 * Named events in a sentence: "the 28th CSTD annual session", "IGF 2025", "WTDC-25", "the RDFs in 2025",
 * "the Workshop on the Strategic Plan", "the 42nd CWG-WSIS&SDG meeting". A name is a run of capitalised
 * words, acronyms, ordinals and a few modifiers ending in an event noun (meeting, session, forum…) or an
 * acronym that names an event by itself (IGF, WTDC, Council); a year printed in or after it is kept.
 */
export interface EventMention {
  /** As printed, without a leading article. */
  name: string;
  index: number;
  endIndex: number;
  /** The printed year: "IGF 2025", "WTDC-25", "the 2027 … review", "… in 2025". */
  year?: number;
  /** "in June 2024" after the name. */
  month?: string;
  /** "28th", "42nd". */
  ordinal?: string;
  head: string;
  tokens: string[];
  /** No proper name at all ("the meeting", "the Forum", "the event"): only a referent to resolve. */
  generic: boolean;
  /** A meeting of the report's own group ("the 42nd meeting", "the 42nd CWG-WSIS&SDG"). */
  groupMeeting: boolean;
}

interface Word {
  w: string;
  i: number;
}

const CONNECTORS = /^(?:of|on|for|and|the|de|du|des|in)$/;
/** Where a lowercase title ends: a verb or a preposition of the sentence ("… inclusion will be held in …"). */
const TITLE_STOP = /^(?:will|shall|would|is|are|was|were|has|have|had|in|at|to|by|from|during|with|on|the|a|an|which|that)$/;

function isCap(w: string): boolean {
  return (
    /^[A-Z0-9“"][\p{L}\d+&’'\-‑]*[”"]?$/u.test(w) &&
    /\p{L}/u.test(w) &&
    !ordinalValue(w) &&
    !/^(?:The|A|An|In|At|On|By|For|During|This|These|Its|It|All|Since|With|From|After|Before|Following|Upon|Under|As|Members|Some|Other|Both|Each|Contributions|Comments|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
      w,
    )
  );
}

function bodyHead(w: string): string | undefined {
  const bare = w.replace(/[-‑]\d{2}$/, '').replace(/s$/, '');
  for (const b of BODIES) if (b.eventHead && b.acronym && bare.toLowerCase() === b.acronym && /^[A-Z]/.test(w)) return b.eventHead;
  return undefined;
}

export function findEvents(sentence: string, group?: string): EventMention[] {
  const words: Word[] = [...sentence.matchAll(/[“"]?[\p{L}\d][\p{L}\d+&’'\-‑]*[”"]?/gu)].map((m) => ({ w: m[0], i: m.index ?? 0 }));
  const out: EventMention[] = [];
  let k = 0;
  while (k < words.length) {
    const word = words[k]!;
    const bare = word.w.replace(/[“”"]/g, '');
    // "immediately following TDAG-37" in TDAG's report: the group's own code with a number is its numbered meeting.
    const own = group ? new RegExp(`^${group.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}[-‑](\\d{1,3})$`).exec(bare) : null;
    if (own && !/^(?:19|20)\d{2}$/.test(own[1]!)) {
      out.push({
        name: bare,
        index: word.i,
        endIndex: word.i + word.w.length,
        head: 'meeting',
        tokens: nameTokens(bare),
        generic: false,
        groupMeeting: true,
        ordinal: own[1]!,
      });
      k++;
      continue;
    }
    const acronymHead = bodyHead(bare);
    const ordinalGroup = group && ordinalValue(bare) !== undefined && words[k + 1]?.w === group && !EVENT_HEADS.test(words[k + 2]?.w ?? '');
    if (!EVENT_HEADS.test(bare) && !acronymHead && !ordinalGroup) {
      k++;
      continue;
    }
    // "in the first week of December", "the week of 14 October": a stretch of time, not an event called "week".
    if (
      /^weeks?$/i.test(bare) &&
      /^\s+of\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)/.test(sentence.slice(word.i + word.w.length))
    ) {
      k++;
      continue;
    }
    if (acronymHead === 'council' && /^(?:Resolution|Resolutions|Working|Decision|Members?|Chair|Secretary)$/.test(words[k + 1]?.w ?? '')) {
      k++;
      continue;
    }
    if (acronymHead && /^(?:Resolutions?|Secretariat|representative|Chair)$/i.test(words[k + 1]?.w ?? '')) {
      k++;
      continue;
    }
    let first = k;
    let last = ordinalGroup ? k + 1 : k;
    // Left: capitalised words, ordinals, modifiers; a connector only between capitalised words.
    while (first > 0) {
      const prev = words[first - 1]!.w;
      const gapOk = !/[,;:()]/.test(sentence.slice(words[first - 1]!.i + prev.length, words[first]!.i));
      if (!gapOk) break;
      if (/^(?:19|20)\d{2}$/.test(prev) || ordinalValue(prev) !== undefined || EVENT_MODIFIERS.test(prev) || /^high-level$/i.test(prev)) {
        first--;
        continue;
      }
      if ((isCap(prev) && !/^(?:Council)$/.test(prev)) || prev === group) {
        first--;
        continue;
      }
      break;
    }
    // Right: "of the Future", "on the Strategic Plan", "on "AI and …"", a year, "(IGF)", "in 2025", "in June 2024".
    let year: number | undefined;
    let month: string | undefined;
    let titled = false;
    const after = (n: number) => words[n]?.w ?? '';
    const gap = (n: number) => (words[n] ? sentence.slice(words[n - 1]!.i + words[n - 1]!.w.length, words[n]!.i) : '');
    while (true) {
      const n = last + 1;
      if (!words[n] || /[,;:()]/.test(gap(n))) break;
      const w = after(n);
      // "Forum on digital financial inclusion will be held …", "Workshop on spectrum management …": a title opening
      // the sentence (a calendar row, a heading), named by what follows in lowercase; not "the Forum" named before.
      if (/^(?:of|on|for)$/.test(w) && first === 0 && k === 0 && /^\p{Lu}/u.test(bare) && /^[\p{Ll}]/u.test(after(n + 1))) {
        let m = n;
        while (words[m + 1] && !/[,;:()]/.test(gap(m + 1)) && /^[\p{Ll}\d][\p{L}\d-]*$/u.test(after(m + 1)) && !TITLE_STOP.test(after(m + 1)) && m - n < 6) m++;
        if (m > n) {
          last = m;
          titled = true;
          continue;
        }
      }
      if (/^(?:of|on|for)$/.test(w) && (isCap(after(n + 1)) || (after(n + 1) === 'the' && isCap(after(n + 2))))) {
        let m = after(n + 1) === 'the' ? n + 2 : n + 1;
        const quoted = /^[“"]/.test(after(m));
        while (
          words[m + 1] &&
          !/[,;:()]/.test(gap(m + 1)) &&
          (isCap(after(m + 1)) || (quoted && !/[”"]$/.test(after(m))) || (CONNECTORS.test(after(m + 1)) && isCap(after(m + 2))))
        )
          m++;
        last = m;
        continue;
      }
      if (EVENT_HEADS.test(w) && !acronymHead) {
        last = n;
        continue;
      }
      // "consultations of councillors in 2025": one lowercase word after "of" when a year follows.
      if (w === 'of' && /^[a-z]+$/.test(after(n + 1)) && /^\s+in\s+(?:19|20)\d{2}\b/.test(sentence.slice(words[n + 1]!.i + after(n + 1).length))) {
        last = n + 1;
        continue;
      }
      break;
    }
    const tail = sentence.slice(words[last]!.i + words[last]!.w.length);
    // "(IGF)", "(WTDC-29)", "(WTIS 2028)": an acronym, maybe with the edition's year.
    const paren = /^\s*\(([A-Z][A-Za-z0-9-]{1,12})(?:\s+((?:19|20)\d{2}))?\)/.exec(tail);
    let endIndex = words[last]!.i + words[last]!.w.length + (paren ? paren[0].length : 0);
    const numberAfter = /^(?:meeting|session)s?$/i.test(bare) && !paren ? numberAfterHead(sentence.slice(endIndex)) : undefined;
    if (numberAfter) endIndex += numberAfter.length;
    const rest = sentence.slice(endIndex);
    const yr = /^\s*[-‑]?\s*((?:19|20)\d{2})\b(?![-‑/]\d)/.exec(rest) ?? /^[-‑](\d{2})\b/.exec(rest);
    if (yr) {
      year = yr[1]!.length === 2 ? twoDigitYear(yr[1]!) : Number(yr[1]);
      endIndex += yr[0].length;
      // "Regional Forum on Digital Skills 2033 (RFDS-33)": the acronym after the year is the name's too.
      const late = paren ? null : /^\s*\([A-Z][A-Za-z0-9-]{1,12}\)/.exec(sentence.slice(endIndex));
      if (late) endIndex += late[0].length;
    }
    const inYear = /^\s+in\s+(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b/.exec(
      sentence.slice(endIndex),
    );
    if (inYear && year === undefined) {
      year = Number(inYear[2]);
      if (inYear[1]) month = `${inYear[2]}-${String(MONTHS.indexOf(inYear[1]) + 1).padStart(2, '0')}`;
      endIndex += inYear[0].length;
    }
    // "Drafting group on AI indicators, session 2", "Workshop 3": a numbered part of a series is a thing of its
    // own, not "the session" the report is about; the name takes the words before it in the same clause.
    const numbered =
      EVENT_HEADS.test(bare) && !acronymHead && first === last
        ? /^\s+(\d{1,2})\b(?!\s*[-–/.:]\s*\d)(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/.exec(sentence.slice(endIndex))
        : null;
    let seriesStart: number | undefined;
    if (numbered) {
      endIndex += numbered[0].length;
      seriesStart = seriesNameStart(sentence, words[first]!.i);
    }
    const inside = words.slice(first, last + 1).map((x) => x.w);
    const suffixYear = /^(.*?)[-‑](\d{2})$/.exec(bare);
    if (year === undefined && suffixYear && acronymHead) year = twoDigitYear(suffixYear[2]!);
    // "World Telecommunication Development Conference (WTDC-25)": the bracketed acronym carries the year.
    // So does any bracketed acronym after a name headed by an event noun ("Global Symposium for Regulators (GSR-27)").
    const parenYear = paren && (bodyHead(paren[1]!) || (!acronymHead && EVENT_HEADS.test(bare))) ? /[-‑](\d{2})$/.exec(paren[1]!) : null;
    if (year === undefined && parenYear) year = twoDigitYear(parenYear[1]!);
    if (year === undefined && paren?.[2]) year = Number(paren[2]);
    const lead = inside.find((x) => /^(?:19|20)\d{2}$/.test(x));
    if (year === undefined && lead) year = Number(lead);
    const ordinal = numberAfter?.ordinal ?? inside.map((x) => ordinalValue(x)).find(Boolean);
    const named = inside.some((x) => isCap(x) && !EVENT_HEADS.test(x.replace(/[“”"]/g, '')) && !ordinalValue(x) && !/^(?:19|20)\d{2}$/.test(x));
    const name = sentence
      .slice(seriesStart ?? words[first]!.i, endIndex)
      .replace(/\s+in\s+(?:\w+\s+)?\d{4}$/, '')
      .trim();
    const head = acronymHead ?? (ordinalGroup ? 'meeting' : bare.toLowerCase().replace(/s$/, ''));
    const groupMeeting =
      Boolean(ordinal) &&
      (Boolean(ordinalGroup) ||
        (group !== undefined && (inside.includes(group) || inside.includes('CWG') || ofGroup(name, group))) ||
        (/^meeting$/.test(head) && inside.length <= 2 && !named));
    out.push({
      name,
      index: seriesStart ?? words[first]!.i,
      endIndex,
      head,
      tokens: nameTokens(name),
      generic: !named && !titled && !ordinal && year === undefined && !numbered,
      groupMeeting,
      ...(year !== undefined ? { year } : {}),
      ...(month ? { month } : {}),
      ...(ordinal ? { ordinal } : {}),
    });
    k = last + 1;
  }
  joinCompoundNames(out, sentence);
  // "3rd Open Consultation" inside "3rd Open Consultation Process Meeting": keep the longer name.
  return out.filter((m) => !out.some((o) => o !== m && o.index <= m.index && o.endIndex >= m.endIndex && o.endIndex - o.index > m.endIndex - m.index));
}

const GENERIC = /^(?:meeting|session|forum|summit|conference|event|review|workshop|annual|high-level|global|overall|side|side-event|\d{1,3}(?:st|nd|rd|th))$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "the second Open Consultations and MAG meeting": one event whose name has two event nouns joined by a bare
 * "and" (no article, no number or year of its own after it), not "the second Open Consultations" plus the
 * "MAG meeting" of another paragraph. "the RA-27 and the WRC-27" (an article) stay two.
 */
function joinCompoundNames(out: EventMention[], sentence: string): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (sentence.slice(a.endIndex, b.index) !== ' and ' || !a.ordinal || a.year !== undefined || b.ordinal || b.year !== undefined) continue;
    if (a.generic || b.generic || !/^\p{Lu}/u.test(b.name)) continue;
    const name = sentence.slice(a.index, b.endIndex);
    out.splice(k, 2, { ...b, name, index: a.index, tokens: nameTokens(name), ordinal: a.ordinal, groupMeeting: a.groupMeeting });
  }
}

/** Two names for the same thing: the same folded tokens, or one's tokens (at least two) inside the other's. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const A = new Set(a);
  const B = new Set(b);
  // "session 1" and "session 2" of one series: the numbers tell them apart.
  const numberOf = (s: Set<string>) => [...s].find((t) => /^\d{1,2}$/.test(t));
  if (numberOf(A) !== undefined && numberOf(B) !== undefined && numberOf(A) !== numberOf(B)) return false;
  const inter = [...A].filter((t) => B.has(t)).length;
  if (inter === A.size && inter === B.size) return true;
  // One name inside the other, the rest only generic words ("WSIS+20 High-Level Event" ⊂ "… Event 2025 week").
  const [S, L] = A.size <= B.size ? [A, B] : [B, A];
  if (inter === S.size && S.size >= 1 && [...L].every((t) => S.has(t) || GENERIC.test(t))) return true;
  return inter / (A.size + B.size - inter) >= 0.6;
}

/** "Drafting group on AI indicators, session 2": where the series' name starts, when the clause opens with a capitalised name. */
function seriesNameStart(sentence: string, headIndex: number): number | undefined {
  const before = /(?:^|[.;:]\s+)(\p{Lu}[^,;:.]{2,80}),\s*$/u.exec(sentence.slice(0, headIndex));
  return before ? headIndex - before[0].length + before[0].indexOf(before[1]!) : undefined;
}

/** "fourth meeting of the Focus Group on … (FG-DTWM)", "third meeting of the FG-DTWM": a meeting of the report's own group, named after the head. */
function ofGroup(name: string, group: string): boolean {
  return name.endsWith(`(${group})`) || name.endsWith(` of the ${group}`) || name.endsWith(` of ${group}`);
}
