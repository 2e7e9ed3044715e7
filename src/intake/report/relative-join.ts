import type { RelativeMention } from './relative.js';

/**
 * Why: some relative phrases are read by their own rules ("by the end of the week preceding X", "no later than the
 * opening day of X") and contain words the general rules also read ("before X"). The longer reading wins: what the
 * general rules found inside one of these is dropped, and the rest is kept in the order of the sentence.
 */
export function withReadings(found: RelativeMention[], readings: RelativeMention[]): RelativeMention[] {
  if (!readings.length) return found;
  const inside = (r: RelativeMention) => readings.some((w) => r.index >= w.index && r.index < w.index + w.text.length);
  return [...found.filter((r) => !inside(r)), ...readings].sort((a, b) => a.index - b.index);
}
