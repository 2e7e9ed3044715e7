/**
 * Text people type into titles, notes and places is stored neutralised, so that no renderer (and
 * no future one) can turn it into a ping, a link or markup: Slack's `<…>` syntax loses its angle
 * brackets, @channel/@here/@everyone lose their real "@", Markdown links are broken up, control
 * and invisible characters go. Renderers escape as well (defence in depth).
 */

export const TEXT_LIMITS = { title: 200, place: 200, organiser: 200, notes: 2000, reason: 500 } as const;

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const BROADCAST = /@(channel|here|everyone|all|group)\b/gi;

/**
 * Text read at most: every caller keeps 2,000 characters at most and refuses longer text, so a
 * megabyte pasted into a form costs a slice, not a pass of every expression below over all of it.
 */
const READ_AT_MOST = 32_000;

/** Neutralises one line of free text; returns '' for text that is nothing but noise. */
export function neutraliseText(raw: string): string {
  return (
    (raw.length > READ_AT_MOST ? raw.slice(0, READ_AT_MOST) : raw)
      .normalize('NFC')
      .replace(/[\t\n\r\v\f]/g, ' ')
      .replace(INVISIBLE, '')
      // <!channel>, <@U123>, <#C1|x>, <https://x|click>: keep the words, drop the syntax
      .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
      // a full-width at sign looks the same and pings nobody on any platform
      .replace(BROADCAST, '＠$1')
      // [text](https://…) Markdown links (Teams) become plain text
      .replace(/\]\s*\(/g, '] (')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Whether text carries a web link (links belong in url=, where they are validated). */
export function containsLink(text: string): boolean {
  return /\b(?:https?|ftp|javascript|data|file|mailto):/i.test(text) || /\bwww\.[a-z0-9-]+\./i.test(text);
}

/** A short quotation of user text for messages (never the whole of a huge input). */
export function quoteShort(text: string, max = 60): string {
  const clean = neutraliseText(text.slice(0, max * 4));
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
