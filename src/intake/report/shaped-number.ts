import type { LineNumber } from './numbering.js';
import { romanValue } from './roman.js';

/**
 * Why: reports number their paragraphs in more ways than any list of styles holds ("1-1", "2a", "3.b", "D4", "iv.").
 * A number whose style is not one of numbering.ts's families is read here by its shape: parts of digits, one small
 * letter, or a capital prefix, joined by ".", "-" or "/" or nothing. Its family is the shape ("9-9", "9a", "A9", "r"
 * for a small roman numeral), so that detectNumbering keeps it only when many lines share the shape and their keys
 * rise as numbering does; "5G networks" or "2nd session" are never such numbers (a capital or two letters after
 * the digits). Cited as printed, without a closing "." or ")".
 */
const SHAPED =
  /^\s*((?:[A-Z]{1,2}(?=\d))?\d{1,3}(?:[.\-/]?(?:\d{1,3}|[a-z](?![a-z])))*|[ivxl]{1,6}(?=[.)]))[.)]?(?:\t+|\s{2,}|\s(?=[\p{Lu}(“"'‘[]))\s*(\S.*)$/u;

/** "1-1" → [1, 1], "2a" → [2, 1], "D4" → [4, 4], "iv" → [4]. */
function keyOf(number: string): number[] {
  if (/^[ivxl]+$/.test(number)) return [romanValue(number)];
  const key: number[] = [];
  for (const part of number.match(/[A-Z]{1,2}|\d{1,3}|[a-z]/g) ?? []) {
    if (/^\d/.test(part)) key.push(Number(part));
    else if (/^[A-Z]/.test(part)) key.push(part.charCodeAt(part.length - 1) - 64);
    else key.push(part.charCodeAt(0) - 96);
  }
  return key;
}

function shapeOf(number: string): string {
  if (/^[ivxl]+$/.test(number)) return 'r';
  return number
    .replace(/[A-Z]{1,2}/g, 'A')
    .replace(/\d{1,3}/g, '9')
    .replace(/[a-z]/g, 'a');
}

/** A line's number read by its shape, when no family of numbering.ts reads it; plain numbers ("12") are theirs. */
export function shapedNumber(line: string): LineNumber | undefined {
  const m = SHAPED.exec(line);
  if (!m || /^\d{1,3}$/.test(m[1]!)) return undefined;
  const number = m[1]!;
  // "2030-2031 budget": a year stretch, not paragraph 2030-2031.
  if (/(?:19|20)\d{2}/.test(number)) return undefined;
  return { number, text: m[2]!, family: `shape:${shapeOf(number)}`, key: keyOf(number) };
}
