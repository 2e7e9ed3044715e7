import type { ReviewFlag } from '../../calendar/schema.js';
import type { When } from '../../calendar/when-schema.js';
import { YEARLESS } from './candidate-words.js';

/**
 * A month with no year ("will be published in mid-February", "a full draft in mid-April"): the candidate
 * carries it as `0000-MM` (YEARLESS), and the year comes, as for a year-less day, from the report's context: the year
 * of the meeting or document it is read against, or the next one when the month lies more than a quarter
 * before it (a report speaks mostly of what comes after). Also the year alone a report's context gives to a
 * "to be announced" item.
 */

interface Context {
  date?: string;
  why: string;
}

/** The `tba` When of a candidate, with the flag that says where its year came from. */
export function tbaWhen(
  approx: string | undefined,
  fromContext: boolean | undefined,
  context: () => Context,
): { when: When; flag?: ReviewFlag; printed?: true } {
  if (approx?.startsWith(`${YEARLESS}-`)) {
    const ref = context();
    if (!ref.date) return { when: { type: 'tba' } };
    const month = Number(approx.slice(5, 7));
    let year = Number(ref.date.slice(0, 4));
    if (month - Number(ref.date.slice(5, 7)) < -3) year += 1;
    const ym = `${year}-${approx.slice(5, 7)}`;
    return {
      when: { type: 'tba', approx: ym },
      flag: {
        printed: '',
        interpretation: `to be announced, in ${ym} (year ${year} supplied by us)`,
        reason: `The report prints no year; read in the context of ${ref.why}.`,
      },
    };
  }
  const ref = fromContext && !approx ? context() : undefined;
  if (ref?.date) {
    const year = ref.date.slice(0, 4);
    return {
      when: { type: 'tba', approx: year },
      flag: { printed: '', interpretation: `to be announced, in ${year}`, reason: `The report gives no date; ${year} is the year of ${ref.why}.` },
    };
  }
  return { when: { type: 'tba', ...(approx ? { approx } : {}) } };
}
