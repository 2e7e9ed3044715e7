import type { ReviewFlag } from '../../calendar/schema.js';

export interface DayParts {
  year?: number;
  month: number;
  day?: number;
}

export interface DateMention {
  /** The report's words, including a leading preposition ("by 4 March", "from 23 to 27 June 2025"). */
  text: string;
  index: number;
  endIndex: number;
  start: DayParts;
  end?: DayParts;
  /** HH:mm wall-clock times, when printed. */
  startTime?: string;
  endTime?: string;
  /** IANA zone of the printed times (a zone word or UTC offset in the text), else undefined. */
  zone?: string;
  /** The year was not printed on this date but on its neighbour ("24 January and 25 January 2018"). */
  yearFromNeighbour: boolean;
  /** The one or two words before the date ("by", "as of", "until", "from", "since"). */
  lead: string;
  /** What the reviewer should know about how the date was printed ("04/05/2027" could be either). */
  notes?: ReviewFlag[];
}

export interface DatedRange {
  start: string;
  end?: string;
  /** The year was supplied (not printed on this date). */
  yearSupplied: boolean;
}
