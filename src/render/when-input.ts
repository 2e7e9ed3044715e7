import type { When } from '../calendar/schema.js';

/**
 * A stored date written back the way the date reader (src/editing/parse-date.ts) accepts it, to
 * prefill a form: the Slack modals and the Teams edit card both use this one function, so an item
 * reads the same on both. The reader has no form for a timed item over several days: such an
 * item shows its first day and start time, and the forms treat an untouched date field as no
 * change, so its end is kept.
 */
export function whenToInput(when: When): string {
  switch (when.type) {
    case 'date': {
      const days = when.end && when.end !== when.start ? `${when.start}..${when.end}` : when.start;
      return when.hours ? `${days} (${when.hours})` : days;
    }
    case 'datetime': {
      const [day, from] = when.start.split('T');
      const to = when.end?.startsWith(day!) ? `-${when.end.split('T')[1]}` : '';
      return `${day} ${from}${to} ${when.tz}`;
    }
    case 'relative':
      if (when.bound === 'during') return `during ${when.anchor}`;
      return `${Math.abs(when.offsetDays)} days ${when.offsetDays < 0 ? 'before' : 'after'} ${when.anchor}`;
    case 'tba':
      return when.approx ? `tba ${when.approx}` : 'tba';
  }
}
