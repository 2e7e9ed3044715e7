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
