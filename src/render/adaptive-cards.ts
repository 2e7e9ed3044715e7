import type { Messages } from '../i18n/index.js';
import { jsonBytesAtMost } from './json-size.js';
import { renderPlainText } from './plain-text.js';
import type { ReplyBody, ReplyItem } from './reply.js';
import { type ShownParts, shownId, shownParts, shownText, shownWords } from './shown-text.js';
import { escapeCardText, neutralizeActivityText } from './teams-text.js';

/** An Adaptive Card element or action as JSON (the schema is large; we build a small subset). */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: 'Full' };
  /** Right-to-left layout (Arabic). */
  rtl?: boolean;
}

/**
 * What a card button sends back (`Action.Submit` data, arriving as the message activity's `value`).
 * The Teams app maps each to a command line, so roles and validation stay in the dispatcher.
 */
export type CardSubmitData =
  | { cwg: 'show'; id: string }
  | { cwg: 'subscribe' }
  | { cwg: 'edit'; id: string }
  | { cwg: 'ics'; id: string }
  | { cwg: 'save'; id: string; revision: number; [field: string]: unknown };

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams accepts messages up to about 28 KB; stay well below with the activity around the card. */
export const MAX_CARD_BYTES = 24_000;
export const MAX_CARD_ITEMS = 25;
/** Shown only by clients that cannot draw the card; bounded so it never pushes the card over the limit. */
export const MAX_FALLBACK_CHARS = 2000;

export interface CardOptions {
  msg: Messages;
  /** The asker's zone, to label "Your time". */
  tz?: string;
  /** Offer "Subscribe this chat to reminders" under item lists. */
  subscribe?: boolean;
  /** Offer "Edit" on items (secretariat). */
  edit?: boolean;
  /** A link that downloads the reply's file (the published feed, CWG_PUBLIC_URL). */
  download?: string;
  /** The reply's file is offered separately (Teams file consent card, 1:1 chats only). */
  fileOffered?: boolean;
  /**
   * "Add to my calendar" on each dated item: 'file' asks the bot for the item's file (1:1 chats),
   * a function gives the item's link on the published feed (channels), or undefined for none.
   */
  addToCalendar?: 'file' | ((id: string) => string | undefined);
}

/** The reply model as an Adaptive Card (schema 1.5) with a plain-text fallback. */
export function renderAdaptiveCard(reply: ReplyBody, opts: CardOptions): AdaptiveCard {
  // Right to left: built from isolated pieces (src/render/shown-text.ts), so it is measured as sent, and it flows right to left (Adaptive Cards 1.5 "rtl").
  const card = fitCard(reply, shownParts(reply, opts.msg), opts);
  return opts.msg.rtl ? { ...card, rtl: true } : card;
}

function fitCard(reply: ReplyBody, shown: ShownParts, opts: CardOptions): AdaptiveCard {
  const withActions = buildCard(reply, shown, opts, MAX_CARD_ITEMS, true);
  if (fits(withActions)) return withActions;
  // Too big for Teams: drop the per-item buttons, then show fewer items until it fits.
  let limit = MAX_CARD_ITEMS;
  let card = buildCard(reply, shown, opts, limit, false);
  while (!fits(card) && limit > 1) {
    limit = Math.max(1, Math.floor(limit / 2));
    card = buildCard(reply, shown, opts, limit, false);
  }
  return card;
}

/** `shown`: the reply's lines and sections as shown (isolated right to left); the rest is read from `reply`. */
function buildCard(reply: ReplyBody, shown: ShownParts, opts: CardOptions, maxItems: number, itemActions: boolean): AdaptiveCard {
  const { msg } = opts;
  const s = shownText(msg);
  const buttons = shownWords(msg, msg.teams.button);
  const words = cardWords(msg, opts);
  const body: CardElement[] = [];
  if (shown.heading) body.push(text(shown.heading, { size: 'Medium', weight: 'Bolder' }));
  for (const line of shown.intro ?? []) body.push(text(line, reply.tone === 'error' ? { color: 'Attention' } : {}));
  let count = 0;
  let hidden = 0;
  for (const section of shown.sections) {
    if (!section.items.length && !section.heading) continue;
    const room = Math.max(0, maxItems - count);
    const items = section.items.slice(0, room);
    hidden += section.items.length - items.length;
    if (!items.length && !section.heading) continue;
    if (section.heading) body.push(text(section.heading, { weight: 'Bolder', separator: body.length > 0, spacing: 'Medium' }));
    // A reply that is itself a calendar file needs no per-item "Add to my calendar".
    const itemOpts = reply.file ? { ...opts, addToCalendar: undefined } : opts;
    for (const item of items) body.push(itemContainer(item, reply.detailed === true, itemOpts, itemActions, words));
    count += items.length;
  }
  if (hidden > 0) body.push(text(s(msg.teams.moreItems(hidden)), { isSubtle: true }));
  for (const line of shown.notes ?? []) body.push(text(line, { isSubtle: true }));
  const plain = renderPlainText(reply, msg);
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body: body.length ? body : [text(plain || ' ')],
    fallbackText: neutralizeActivityText(clip(plain, MAX_FALLBACK_CHARS)),
    msteams: { width: 'Full' },
  };
  const actions: CardElement[] = [];
  if (opts.download && /^https?:\/\//.test(opts.download)) actions.push({ type: 'Action.OpenUrl', title: buttons.download, url: opts.download });
  else if (reply.file && !opts.fileOffered) body.push(text(s(msg.teams.fileNotSent), { isSubtle: true }));
  if (opts.subscribe && count > 0) actions.push(submit(buttons.subscribe, { cwg: 'subscribe' }));
  if (actions.length) card.actions = actions;
  return card;
}

/** The labels every item of a card repeats, as shown (right to left: isolated), looked up once per card. */
function cardWords(msg: CardOptions['msg'], opts: CardOptions) {
  const s = shownText(msg);
  return {
    L: shownWords(msg, msg.label),
    buttons: shownWords(msg, msg.teams.button),
    whenGeneva: s(msg.teams.fact.whenGeneva),
    yourTime: s(opts.tz ? msg.teams.fact.yourTime(opts.tz) : msg.teams.fact.yourTimeNoZone),
  };
}

function itemContainer(item: ReplyItem, detailed: boolean, opts: CardOptions, withActions: boolean, words: ReturnType<typeof cardWords>): CardElement {
  const { msg } = opts;
  const s = shownText(msg);
  const { L, buttons } = words;
  const status = item.status === 'confirmed' || item.status === 'tba' ? '' : ` (${item.statusLabel})`;
  const items: CardElement[] = [text(`${item.title}${status}`, { weight: 'Bolder' })];
  const facts: Array<[string, string | undefined]> = [
    [words.whenGeneva, item.when + (item.countdown ? ` (${item.countdown})` : '')],
    [words.yourTime, item.whenLocal],
  ];
  if (detailed) facts.push([L.anchor, item.anchor?.text], ...item.previously.map((p): [string, string] => [L.previously, p]));
  facts.push([L.place, item.place]);
  if (detailed) facts.push([L.organiser, item.organiser]);
  facts.push([L.whoMustAct, item.whoMustActText]);
  facts.push([L.sendTo, item.sendTo]);
  facts.push([L.status, item.statusLabel]);
  // the paragraph label is kept as shown already (src/i18n/messages.ts)
  facts.push([L.source, detailed ? item.source.label : msg.paragraph(item.source.paragraph) || item.source.document]);
  if (detailed) facts.push([L.link, item.url && s(item.url)], [L.tags, item.tags.join(', ') || undefined]);
  facts.push([L.id, shownId(msg)(item.id)]);
  if (detailed && item.revision !== undefined) facts.push([L.revision, s(`${item.revision} (rev=${item.revision})`)]);
  items.push({
    type: 'FactSet',
    facts: facts.filter((f): f is [string, string] => Boolean(f[1])).map(([title, value]) => ({ title: escapeCardText(title), value: escapeCardText(value) })),
  });
  if (detailed && item.description) items.push(text(item.description));
  if (detailed && item.source.wording) items.push(text(`“${item.source.wording}”`, { isSubtle: true }));
  // lists carry the short marker; the full review notes are for the details view
  if (detailed) for (const r of item.reviewText) items.push(text(`⚠ ${r}`, { color: 'Warning' }));
  else if (item.reviewMark) items.push(text(`⚠ ${item.reviewMark}`, { color: 'Warning' }));
  const actions: CardElement[] = [];
  if (withActions && !detailed) actions.push(submit(buttons.details, { cwg: 'show', id: item.id }));
  const calendar = withActions && item.start ? calendarAction(item.id, opts) : undefined;
  if (calendar) actions.push(calendar);
  // the document the item comes from, as a button (describe-item let only an http/https address through)
  if (item.source.link && /^https?:\/\//.test(item.source.link)) actions.push({ type: 'Action.OpenUrl', title: buttons.document, url: item.source.link });
  if (withActions && opts.edit) actions.push(submit(buttons.edit, { cwg: 'edit', id: item.id }));
  if (actions.length) items.push({ type: 'ActionSet', actions });
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

/** A TextBlock whose text is shown exactly as given (escaped), wrapped. */
export function text(value: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: escapeCardText(value), wrap: true, ...extra };
}

function calendarAction(id: string, opts: CardOptions): CardElement | undefined {
  const title = shownWords(opts.msg, opts.msg.teams.button).addToCalendar;
  if (opts.addToCalendar === 'file') return submit(title, { cwg: 'ics', id });
  const url = opts.addToCalendar?.(id);
  return url && /^https?:\/\//.test(url) ? { type: 'Action.OpenUrl', title, url } : undefined;
}

export function submit(title: string, data: CardSubmitData): CardElement {
  return { type: 'Action.Submit', title, data };
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * Whether the card's JSON is within MAX_CARD_BYTES in UTF-8. Most cards are far below it: an upper
 * bound of their size decides without serialising them; the rest are serialised, and a UTF-16 unit
 * being 1–3 bytes, the JSON's length alone decides most of those.
 */
function fits(card: AdaptiveCard): boolean {
  if (jsonBytesAtMost(card) <= MAX_CARD_BYTES) return true;
  const json = JSON.stringify(card);
  if (json.length * 3 <= MAX_CARD_BYTES) return true;
  return json.length <= MAX_CARD_BYTES && Buffer.byteLength(json, 'utf8') <= MAX_CARD_BYTES;
}
