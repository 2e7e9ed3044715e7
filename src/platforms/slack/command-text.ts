/**
 * What the user typed after /cwg, split into the console command line and whether to share
 * the answer with the channel: "/cwg share next-deadline" or "/cwg next-deadline share".
 * A quoted "share" (e.g. /cwg search "share") is a search word, not the share switch.
 */
export interface SlashText {
  line: string;
  share: boolean;
}

export function readSlashText(text: string): SlashText {
  const trimmed = text.trim();
  const leading = /^share\s+(\S[\s\S]*)$/i.exec(trimmed);
  if (leading) return { line: leading[1]!.trim(), share: true };
  const trailing = /^(\S[\s\S]*?)\s+share$/i.exec(trimmed);
  if (trailing) return { line: trailing[1]!.trim(), share: true };
  if (/^share$/i.test(trimmed)) return { line: '', share: true };
  return { line: trimmed, share: false };
}

/** The first word of a command line, lower-cased ("add", "next-deadline"). */
export function firstWord(line: string): string {
  return (line.trim().split(/\s+/)[0] ?? '').toLowerCase();
}
