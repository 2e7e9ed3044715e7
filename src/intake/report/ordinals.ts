/**
 * Ordinals as reports print them: "42nd", "fourth", "twenty-first", "thirty-second". Council and study-group
 * reports often spell them out ("the twentieth meeting of CWG-COP"), so both forms give the same number.
 */
const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TENTHS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };

/** The number an ordinal word stands for ("twenty-first" → "21", "42nd" → "42"), else undefined. */
export function ordinalValue(word: string): string | undefined {
  const w = word.toLowerCase().replace(/[‑–]/g, '-');
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return digits[1];
  const unit = UNITS.indexOf(w);
  if (unit > 0) return String(unit);
  if (TEENS[w] !== undefined) return String(TEENS[w]);
  if (TENTHS[w] !== undefined) return String(TENTHS[w]);
  const compound = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (compound && TENS[compound[1]!] !== undefined && UNITS.indexOf(compound[2]!) > 0) return String(TENS[compound[1]!]! + UNITS.indexOf(compound[2]!));
  return undefined;
}

/** A regex source matching one ordinal, in digits or words (for building larger patterns). */
export const ORDINAL_SOURCE = `(?:\\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-‑])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)`;
