import { UsageError } from '../errors.js';

export const MAX_INPUT_LENGTH = 2000;

export class InputTooLongError extends UsageError {
  constructor(readonly max: number) {
    super(`input longer than ${max} characters`);
  }
}

/**
 * Makes a typed line safe to read: no control characters (tabs and newlines become spaces),
 * bidi overrides removed, normalized to NFC, bounded in length.
 */
export function sanitizeInput(line: string): string {
  if (line.length > MAX_INPUT_LENGTH * 4) throw new InputTooLongError(MAX_INPUT_LENGTH);
  const clean = line
    .normalize('NFC')
    .replace(/[\t\n\r\v\f]/g, ' ')
    // C0/C1 controls, zero-width and bidi-control characters
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
    .trim();
  if (clean.length > MAX_INPUT_LENGTH) throw new InputTooLongError(MAX_INPUT_LENGTH);
  return clean;
}

/**
 * Splits a command line into words. Double, single or typographic quotes group words
 * ("title=Open consultation", title="Open consultation" or title='Open consultation'); a quote left
 * open runs to the end. An apostrophe inside a word (ITU's) is not a quote; inside single quotes,
 * one closes the value only before a space or the end (title='ITU's day' keeps the apostrophe).
 */
export function tokenize(line: string): string[] {
  // Callers pass sanitized lines; the cap keeps a raw megabyte from ever being walked here.
  if (line.length > MAX_INPUT_LENGTH * 4) throw new InputTooLongError(MAX_INPUT_LENGTH);
  const words: string[] = [];
  let current = '';
  let inQuote: string | null = null;
  let hasToken = false;
  const closing: Record<string, string> = { '"': '"', '“': '”', '«': '»', "'": "'", '‘': '’' };
  const chars = [...line];
  chars.forEach((ch, i) => {
    if (inQuote) {
      const next = chars[i + 1];
      if (ch === inQuote && ((ch !== "'" && ch !== '’') || next === undefined || next === ' ')) inQuote = null;
      else current += ch;
      return;
    }
    if (ch === ' ') {
      if (hasToken) words.push(current);
      current = '';
      hasToken = false;
      return;
    }
    // a single quote opens a value at the start of a word or right after "field="
    if (closing[ch] && ((ch !== "'" && ch !== '‘') || !hasToken || current.endsWith('='))) {
      inQuote = closing[ch]!;
      hasToken = true;
      return;
    }
    current += ch;
    hasToken = true;
  });
  if (hasToken) words.push(current);
  return words;
}

/** Drops the leading "/cwg" or "cwg" and a leading bot mention ("@CWG"). */
export function stripCommandPrefix(words: string[]): string[] {
  let i = 0;
  while (i < words.length && /^(\/cwg|cwg|@cwg\S*)$/i.test(words[i]!)) i++;
  return words.slice(i);
}
