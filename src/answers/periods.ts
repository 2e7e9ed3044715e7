import { GENEVA } from '../calendar/schema.js';
import { addDaysIso, daysBetweenIso, isoDateIn } from '../calendar/time.js';
import { UsageError } from '../errors.js';
import { formatDay, formatDayRange } from '../render/describe-item.js';
import type { CommandContext } from '../dispatch/context.js';
import { readDays } from './reply-helpers.js';

/**
 * The period an "upcoming" question covers: a number of days from now (`upcoming 10`), or the
 * Geneva days up to and including `lastDay` (today, this week, this month, N months), from `firstDay`
 * when the period starts later (tomorrow, next week, next month). Calendar days are Geneva days, as
 * the report's dates are.
 */
export type Period = { days: number; heading: string } | { lastDay: string; heading: string; firstDay?: string };

/** Whether `words` start with a named period ("today", "tomorrow", "this week", "next month"…): lines the upcoming command claims. */
export function startsWithNamedPeriod(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase();
  if (first === 'today' || first === 'tomorrow') return true;
  return (first === 'this' || first === 'next') && /^(week|month)$/i.test(words[1] ?? '');
}

const MAX_DAYS = 3660;

/** Reads a period at the start of `words` and removes it; undefined when the words do not start with one. */
export function takePeriod(words: string[], ctx: CommandContext): Period | undefined {
  const { msg } = ctx;
  const A = msg.asking.heading;
  const today = isoDateIn(ctx.now, GENEVA);
  const first = words[0]?.toLowerCase();
  if (first === undefined) return undefined;
  if (first === 'today') {
    words.shift();
    return { lastDay: today, heading: A.today(formatDay(today, msg)) };
  }
  if (first === 'tomorrow') {
    words.shift();
    const day = addDaysIso(today, 1);
    return { firstDay: day, lastDay: day, heading: A.tomorrow(formatDay(day, msg)) };
  }
  if (first === 'next' && /^(week|month)$/i.test(words[1] ?? '')) {
    const week = words[1]!.toLowerCase() === 'week';
    words.splice(0, 2);
    const firstDay = week ? addDaysIso(endOfWeek(today), 1) : addDaysIso(endOfMonth(today, 0), 1);
    const lastDay = week ? endOfWeek(firstDay) : endOfMonth(firstDay, 0);
    const range = formatDayRange(firstDay, lastDay, msg);
    return { firstDay, lastDay, heading: week ? A.nextWeek(range) : A.nextMonth(range) };
  }
  const unitAt = first === 'this' ? 1 : 0;
  const unit = words[unitAt]?.toLowerCase();
  if (unit === 'week' || unit === 'month') {
    words.splice(0, unitAt + 1);
    const lastDay = unit === 'week' ? endOfWeek(today) : endOfMonth(today, 0);
    return { lastDay, heading: unit === 'week' ? A.thisWeek(formatDay(lastDay, msg)) : A.thisMonth(formatDay(lastDay, msg)) };
  }
  if (!/^\d/.test(first)) return undefined;
  // "2w", "3m", "10d", "10" or "2 weeks", "3 months", "10 days"
  const m = /^(\d{1,4})\s*(d|days?|w|weeks?|m|months?)?$/i.exec(first);
  const unitWord = m?.[2] ?? (words[1] && /^(days?|weeks?|months?)$/i.test(words[1]) ? words[1] : undefined);
  const n = m ? Number(m[1]) : undefined;
  if (n === undefined || n < 1) throw new UsageError(msg.error.badDays(words[0]!), msg.commands.upcoming?.usage);
  words.splice(0, m?.[2] || !unitWord ? 1 : 2);
  const u = (unitWord ?? 'd')[0]!.toLowerCase();
  if (u === 'm') {
    const lastDay = addMonths(today, n);
    if (daysBetweenIso(today, lastDay) > MAX_DAYS) throw new UsageError(msg.error.badDays(String(n)), msg.commands.upcoming?.usage);
    return { lastDay, heading: A.months(n) };
  }
  const days = u === 'w' ? n * 7 : readDays(String(n));
  if (days === undefined || days > MAX_DAYS) throw new UsageError(msg.error.badDays(String(n)), msg.commands.upcoming?.usage);
  return { days, heading: u === 'w' ? A.weeks(n) : msg.heading.upcoming(days) };
}

/** The Sunday that ends the (Monday-first) week of `day`. */
function endOfWeek(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDaysIso(day, weekday === 0 ? 0 : 7 - weekday);
}

function endOfMonth(day: string, monthsAhead: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m + monthsAhead, 0)).toISOString().slice(0, 10);
}

/** The same day `n` months later (the month's last day when it is shorter: 31 Jan + 1 month = 28/29 Feb). */
function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = endOfMonth(day, n);
  const lastDayOfTarget = Number(last.slice(8, 10));
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, lastDayOfTarget))).toISOString().slice(0, 10);
}
