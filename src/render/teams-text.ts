import { keptText } from './kept-text.js';
/** Whether any rewrite below would change the text: the four patterns in one. */
const NEEDS_ESCAPE = /[\\`*_[\]~<>]|\{\{|^\s*(?:[-+]|\d+\.)\s/m;

/**
 * Makes user-supplied text inert in Teams. Adaptive Card TextBlocks and FactSet values are read
 * as a Markdown subset, so a title like "[click](https://evil)" or "*urgent*" must show as typed;
 * Teams renders backslash escapes (desktop, web and, since late 2023, mobile).
 */
export const escapeCardText = keptText(escapeOnce);

function escapeOnce(text: string): string {
  // Most shown strings (dates, titles, labels) have nothing to escape: one scan instead of four rewrites.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      // Only what Teams' Markdown subset acts on (emphasis, links, code, strike), and "<" for good measure:
      // escaping more would show stray backslashes on clients that render escapes literally.
      .replace(/[\\`*_[\]~<>]/g, (c) => `\\${c}`)
      // "{{DATE(…)}}" and "{{TIME(…)}}" are card date functions: break the braces with a zero-width space.
      .replace(/\{\{/g, '{\u200b{')
      // A line starting "- ", "+ ", "1. " or ">" would become a list or a quote.
      .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
      .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2')
  );
}

/**
 * Plain text for an activity's `summary` (notification preview) and plain `text`: no tags survive,
 * so "<at>Everyone</at>" typed into a title can never become a mention or markup.
 */
export function neutralizeActivityText(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

/** A single line of at most `max` characters (notification summaries). */
export function summarize(text: string, max = 200): string {
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}
