/**
 * A string → string function whose results are kept. Answers show the same pieces again and again (labels, titles,
 * dates: the same string objects, whose hash V8 keeps), so a lookup costs less than scanning a piece again, most of
 * all for two-byte (Arabic, Chinese) text. Bounded by characters (texts over `longest` are not kept), emptied when
 * full rather than tracking age.
 */
export function keptText(make: (text: string) => string, maxChars = 1_000_000, longest = 10_000): (text: string) => string {
  const kept = new Map<string, string>();
  let chars = 0;
  return (text) => {
    const hit = kept.get(text);
    if (hit !== undefined) return hit;
    const out = make(text);
    if (text.length <= longest) {
      if (chars + text.length + out.length > maxChars) {
        kept.clear();
        chars = 0;
      }
      kept.set(text, out);
      chars += text.length + out.length;
    }
    return out;
  };
}
