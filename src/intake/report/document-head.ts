import type { DateOrder } from './date-formats.js';
import { findDates, withYear } from './dates.js';
import { twoDigitYear } from './history.js';
import { ORDINAL_SOURCE, ordinalValue } from './ordinals.js';

/*
 * What a report says of itself near its top: its title and own date, the group that wrote it, the meetings it reports
 * on, the event since which it reports (parseParagraphs puts these on the ReportDocument).
 */

const ORDINAL = new RegExp(`\\b${ORDINAL_SOURCE}\\b`, 'gi');

export function titleOf(preamble: string[], order: DateOrder | undefined): { title?: string; documentDate?: string } {
  const lines = preamble.filter((l) => !/^(purpose|action required|summary|references?)$/i.test(l));
  const title = lines.find((l) => l.length > 8 && l.length < 200 && !/^(this report|the report)/i.test(l));
  // A line that is only a date ("18 May 2027", "May 18, 2027", "Date: 30/10/2026") is the document's own
  // date; else the first date printed near the top.
  const dated = preamble.map((l) => onlyDate(l, order)).find(Boolean) ?? preamble.map(dateOf).find(Boolean);
  const out: { title?: string; documentDate?: string } = {};
  if (title) out.title = title;
  if (dated) out.documentDate = dated;
  return out;
}

/** "18 May 2027", "May 18, 2027", "Date: 30/10/2026", "1st December 2027": a line that is a full date and nothing else. */
function onlyDate(line: string, order: DateOrder | undefined): string | undefined {
  const body = line.replace(/^\s*(?:date|dated)\s*:?\s*/i, '').trim();
  if (body.length > 30) return undefined;
  const [m, ...more] = findDates(body, 'en', order);
  if (!m || more.length || m.end || m.start.year === undefined || body.length - m.text.length > 3) return undefined;
  return withYear(m, undefined)?.start;
}

function dateOf(line: string): string | undefined {
  const d = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/.exec(line);
  return d ? `${d[3]}-${String(MONTHS.indexOf(d[2]!) + 1).padStart(2, '0')}-${d[1]!.padStart(2, '0')}` : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const GROUP_WITHIN = 1500;

/** "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)" → "CWG-WSIS&SDG": the acronym a working group gives itself. */
export function groupOf(text: string): string | undefined {
  // Only where a report introduces itself (title, summary, opening): a body defined late ("… will report to the
  // Telecommunication Development Advisory Group (TDAG)") is another group, not the report's own.
  // A title in capitals names it too ("UNITED NATIONS GROUP ON … (UNGIS)"), before any body the prose names.
  const m =
    /\b(?:Working Group|Study Group|Expert Group|Group|Committee|Commission|GROUP|COMMITTEE|COMMISSION)\b[^()\n]{0,80}\(([A-Z][A-Z0-9&+\-‑]{2,30})\)/.exec(
      text.slice(0, GROUP_WITHIN),
    );
  return m?.[1]?.replace(/‑/g, '-');
}

/**
 * Ordinals in "the results of the 41st and 42nd meetings", "REPORT OF THE THIRD MEETING" or "the fourth
 * FG-DTWM meeting" (a hyphenated or "&" acronym between): what the report reports on.
 */
export function meetingsOf(head: string): string[] {
  const m = new RegExp(`((?:${ORDINAL_SOURCE}(?:,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+to\\s+)?)+)\\s*(?:[\\w&/-]+\\s+){0,3}?(?:meetings?|sessions?)\\b`, 'i').exec(
    head,
  );
  if (!m) return [];
  return [...m[1]!.matchAll(ORDINAL)].map((o) => ordinalValue(o[0])!).filter(Boolean);
}

/** "since Council 24", "since Council 2024", "since PP-22": the report covers what happened after. */
export function periodStartOf(text: string): number | undefined {
  const m = /\b[Ss]ince (?:the )?(?:last )?(?:[A-Z][\w-]*[\s-]){1,3}?(?:(\d{4})|(\d{2}))\b/.exec(text);
  if (!m) return undefined;
  return m[1] ? Number(m[1]) : twoDigitYear(m[2]!);
}
