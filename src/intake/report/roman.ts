/** "IV" → 4, "xii" → 12: the value of a roman numeral (paragraph and section numbers; either case). */
export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  const up = s.toUpperCase();
  let total = 0;
  for (let k = 0; k < up.length; k++) {
    const here = v[up[k]!]!;
    const next = v[up[k + 1] ?? ''] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** "IV", "XII" are roman numerals; "LIV" too, "IIII" or "VX" are not. */
export function isRoman(s: string): boolean {
  return /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) && s.length > 0;
}
