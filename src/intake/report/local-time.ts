import type { ReportParagraph } from './paragraphs.js';
import { cityZoneIn } from './zones.js';

/**
 * "from 11:00 to 12:30 local time": the clock of the place where the event is held. Reports name that place
 * in the same sentence ("in Montevideo, from 11:00 local time") or where they announced the event, a paragraph
 * or two before ("IGF 2030 will be held in Montevideo …", then "an open forum at IGF 2030 … local time").
 * The zone is that of the nearest city with an IANA zone: the sentence, its paragraph, then up to
 * `LOOK_BACK` paragraphs before it. Without one, the caller keeps its default (Geneva), as for a time with no zone.
 */

/** The zone word `zoneAfter` gives for "local time", resolved here against the places the report names. */
export const LOCAL_TIME = 'local time';
const LOOK_BACK = 3;

export function localZone(sentence: string, paragraph: ReportParagraph, paragraphs: readonly ReportParagraph[], isoDate: string): string | undefined {
  const own = cityZoneIn(sentence, isoDate);
  if (own) return own;
  const at = paragraphs.indexOf(paragraph);
  for (let k = at; k >= 0 && k >= at - LOOK_BACK; k--) {
    const p = paragraphs[k]!;
    const zone = cityZoneIn(p.bullets.length ? `${p.text} ${p.bullets.join(' ')}` : p.text, isoDate);
    if (zone) return zone;
  }
  return undefined;
}
