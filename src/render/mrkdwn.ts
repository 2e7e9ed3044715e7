import { keptText } from './kept-text.js';
/**
 * Escaping for Slack's mrkdwn. Anything a user typed or the calendar data says goes through
 * `escapeMrkdwn` before it lands in a mrkdwn text object or a message's fallback `text`, so it
 * can never ping a channel, mention a person or a group, or carry a disguised link.
 */

// U+2060 WORD JOINER: invisible, but breaks the keyword Slack would otherwise highlight.
const JOINER = '\u2060';

/**
 * Escapes &, < and > as Slack requires, and defuses @channel/@here/@everyone typed as plain words. Kept per text
 * (src/render/kept-text.ts): the two scans over every piece of every Slack answer were a tenth of it.
 */
export const escapeMrkdwn = keptText((text: string): string =>
  // One pass, and none for the many texts without & < > (this runs on every shown piece of every Slack answer).
  neutraliseBroadcasts(MRKDWN_SPECIAL.test(text) ? text.replace(MRKDWN_SPECIALS, (c) => ENTITY[c]!) : text),
);

const MRKDWN_SPECIAL = /[&<>]/;
const MRKDWN_SPECIALS = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * For plain_text objects (headers, buttons, modal labels): Slack does not parse them, so only
 * the broadcast words need defusing; entities would show literally.
 */
export function plainText(text: string, max = 3000): string {
  return truncate(neutraliseBroadcasts(text), max);
}

function neutraliseBroadcasts(text: string): string {
  // Most texts have no "@" at all: skip the Unicode-aware regex (it runs on every escaped string).
  if (!text.includes('@') && !text.includes('＠')) return text;
  // Only a word-initial "@" broadcasts; e-mail addresses (x@here.org) stay intact and copyable.
  return text.replace(/(^|[^\p{L}\p{N}._%+-])([@＠])(channel|here|everyone)\b/giu, `$1$2${JOINER}$3`);
}

/** Shortens to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Bold in mrkdwn, with the content escaped. */
export function bold(text: string): string {
  const clean = escapeMrkdwn(text).replace(/\*/g, '∗');
  return clean ? `*${clean}*` : '';
}

/** A link we build ourselves (our own URLs from the data), label escaped, URL checked. */
export function link(url: string, label: string): string {
  if (!/^https?:\/\/[^\s<>|]+$/.test(url)) return escapeMrkdwn(label);
  return `<${url.replace(/&/g, '&amp;')}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}
