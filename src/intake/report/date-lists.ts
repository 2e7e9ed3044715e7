import type { DateMention } from './date-mention.js';

/** "held on 24 January and 25 January 2023": consecutive days joined by "and" are one stretch of days. */
export function joinConsecutive(mentions: DateMention[], sentence: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const gap = prev ? sentence.slice(prev.endIndex, m.index) : '';
    if (
      prev &&
      !prev.end &&
      !m.end &&
      !prev.startTime &&
      !m.startTime &&
      /^\s*and\s*$/.test(gap) &&
      prev.start.day !== undefined &&
      m.start.day !== undefined &&
      prev.start.month === m.start.month &&
      (prev.start.year ?? m.start.year) === m.start.year &&
      m.start.day - prev.start.day >= 1 &&
      m.start.day - prev.start.day <= 2
    ) {
      prev.end = { ...m.start };
      prev.endIndex = m.endIndex;
      prev.text = sentence.slice(prev.index, m.endIndex).trim();
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A range's start takes its year from the end ("20 December to 3 January 2026" → 2025-12-20), and a date
 * takes the year of a neighbour in the same list ("24 January and 25 January 2018").
 */
export function shareYears(mentions: DateMention[], sentence: string): void {
  for (const m of mentions) {
    if (m.end && m.end.year !== undefined && m.start.year === undefined) {
      m.start.year = m.start.month > m.end.month ? m.end.year - 1 : m.end.year;
      if (m.end.month === undefined) m.end.month = m.start.month;
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start.year !== undefined) continue;
    const next = mentions[i + 1];
    if (!next || next.start.year === undefined) continue;
    const gap = sentence.slice(m.endIndex, next.index);
    if (!/^\s*(?:,|and|or|&|as well as|,\s*and)\s*$/i.test(gap) && !/^\s*(?:,\s*)?$/.test(gap)) continue;
    m.start.year = m.start.month > next.start.month ? next.start.year - 1 : next.start.year;
    if (m.end && m.end.year === undefined) m.end.year = m.start.year + (m.end.month < m.start.month ? 1 : 0);
    m.yearFromNeighbour = true;
  }
}
