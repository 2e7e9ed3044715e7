import { MAX_INPUT_LENGTH } from '../../dispatch/input.js';

/**
 * What the user typed after /cwg, split into the console command line and whether to share
 * the answer with the channel: "/cwg share next-deadline" or "/cwg next-deadline share".
 * A quoted "share" (e.g. /cwg search "share") is a search word, not the share switch.
 */
export interface SlashText {
  line: string;
  share: boolean;
}

/**
 * Longest text read for the share switch. Longer text is passed on untouched: the dispatcher refuses
 * it as too long (sanitizeInput) before any other reading.
 */
const MAX_SLASH_TEXT = MAX_INPUT_LENGTH * 4;

/** Linear: no regular expression here can backtrack over the user's text. */
export function readSlashText(text: string): SlashText {
  if (text.length > MAX_SLASH_TEXT) return { line: text, share: false };
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'share') return { line: '', share: true };
  const lower = trimmed.toLowerCase();
  // "share <command>": the switch, then whitespace, then the command.
  if (lower.startsWith('share') && isSpace(trimmed.charAt(5))) return { line: trimmed.slice(5).trim(), share: true };
  // "<command> share".
  if (lower.endsWith('share') && trimmed.length > 5 && isSpace(trimmed.charAt(trimmed.length - 6))) {
    return { line: trimmed.slice(0, -5).trim(), share: true };
  }
  return { line: trimmed, share: false };
}

function isSpace(ch: string): boolean {
  return ch !== '' && ch.trim() === '';
}

/** The first word of a command line, lower-cased ("add", "next-deadline"). */
export function firstWord(line: string): string {
  // Only the first word is read: never a split of the whole (possibly huge) line.
  return (/^\s*(\S{0,64})/.exec(line)?.[1] ?? '').toLowerCase();
}
