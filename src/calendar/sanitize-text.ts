/**
 * Text people type into titles, notes and places is stored neutralised, so that no renderer (and
 * no future one) can turn it into a ping, a link or markup: Slack's `<…>` syntax loses its angle
 * brackets, @channel/@here/@everyone lose their real "@", Markdown links are broken up, control
 * and invisible characters go. Renderers escape as well (defence in depth).
 */

export const TEXT_LIMITS = { title: 200, place: 200, organiser: 200, notes: 2000, reason: 500 } as const;

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const BROADCAST = /@(channel|here|everyone|all|group)\b/gi;

/** Neutralises one line of free text; returns '' for text that is nothing but noise. */
export function neutraliseText(raw: string): string {
  return raw
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
    .trim();
}

/** Whether text carries a web link (links belong in url=, where they are validated). */
export function containsLink(text: string): boolean {
  return /\b(?:https?|ftp|javascript|data|file|mailto):/i.test(text) || /\bwww\.[a-z0-9-]+\./i.test(text);
}
