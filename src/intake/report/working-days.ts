import { daysBetweenIso } from '../../calendar/time.js';

/**
 * Why: "three working days before the Forum" (which opens on a Tuesday) is the Thursday before, five calendar days
 * earlier, not three. Once the anchor's first day is known the count skips Saturdays and Sundays; the calendar
 * keeps calendar days, so the result is stored as such and flagged (public holidays are not known).
 */
export function workingDaysOffset(anchorStart: string, workingDays: number): number {
  const day = new Date(`${anchorStart.slice(0, 10)}T00:00:00Z`);
  const step = workingDays < 0 ? -1 : 1;
  let left = Math.abs(workingDays);
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + step);
    const wd = day.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return daysBetweenIso(anchorStart.slice(0, 10), day.toISOString().slice(0, 10));
}
