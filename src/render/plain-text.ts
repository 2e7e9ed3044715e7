import type { Messages } from '../i18n/index.js';
import type { ReplyBody, ReplyItem } from './reply.js';
import { shownId, shownParts, shownText, shownWords } from './shown-text.js';

type Shown = (text: string) => string;

/**
 * The reply as plain text: the console, the CLI, and the fallback text on chat platforms.
 * Right to left, it is built from isolated pieces (src/render/shown-text.ts), so it is isolated too.
 */
export function renderPlainText(body: ReplyBody, msg: Messages): string {
  const shown = shownParts(body, msg);
  const s = shownText(msg);
  const L = shownWords(msg, msg.label);
  const out: string[] = [];
  if (shown.heading) out.push(shown.heading);
  if (shown.intro?.length) out.push(...shown.intro);
  for (const section of shown.sections) {
    if (!section.items.length && !section.heading) continue;
    if (out.length) out.push('');
    if (section.heading) out.push(section.heading);
    for (const item of section.items) {
      out.push(...(body.detailed ? detailLines(item, msg, s, L) : compactLines(item, msg, L)));
    }
  }
  if (shown.notes?.length) {
    if (out.length) out.push('');
    out.push(...shown.notes);
  }
  if (body.file?.path) out.push(s(body.file.path));
  return out.join('\n');
}

/** `L`: the labels as shown, looked up once per answer. */
function compactLines(item: ReplyItem, msg: Messages, L: Messages['label']): string[] {
  const status = item.status === 'confirmed' || item.status === 'tba' ? '' : ` [${item.statusLabel.toUpperCase()}]`;
  const countdown = item.countdown ? ` (${item.countdown})` : '';
  const c = msg.colon;
  const lines = [`• ${item.title}${status}${c}${item.when}${countdown}`];
  if (item.whenLocal) lines.push(`  ${L.yourTime}${c}${item.whenLocal}`);
  const facts: string[] = [];
  if (item.place) facts.push(`${L.place}${c}${item.place}`);
  if (item.whoMustActText) facts.push(`${L.whoMustAct}${c}${item.whoMustActText}`);
  if (item.sendTo) facts.push(`${L.sendTo}${c}${item.sendTo}`);
  const paragraph = msg.paragraph(item.source.paragraph);
  // the paragraph label is kept as shown already (src/i18n/messages.ts)
  if (paragraph) facts.push(paragraph);
  facts.push(`${L.id}${c}${shownId(msg)(item.id)}`);
  lines.push(`  ${facts.join(' · ')}`);
  for (const p of item.previously) lines.push(`  ${L.previously}${c}${p}`);
  if (item.reviewMark) lines.push(`  ⚠ ${item.reviewMark}`);
  return lines;
}

function detailLines(item: ReplyItem, msg: Messages, s: Shown, L: Messages['label']): string[] {
  const lines = [`${item.title} (${s(msg.kindStatus(msg.kind[item.kind], item.statusLabel))})`];
  const row = (label: string, value: string | undefined) => {
    if (value) lines.push(`  ${label}${msg.colon}${value}`);
  };
  row(L.when, item.when + (item.countdown ? ` (${item.countdown})` : ''));
  row(L.yourTime, item.whenLocal);
  row(L.anchor, item.anchor?.text);
  for (const p of item.previously) row(L.previously, p);
  row(L.place, item.place);
  row(L.organiser, item.organiser);
  row(L.whoMustAct, item.whoMustActText);
  row(L.sendTo, item.sendTo);
  row(L.link, item.url && s(item.url));
  if (item.description) lines.push(`  ${item.description}`);
  row(L.source, item.source.label + (item.source.wording ? `${msg.colon}"${item.source.wording}"` : ''));
  row(s(msg.documentLink), item.source.link && s(item.source.link));
  for (const r of item.reviewText) row(`⚠ ${L.review}`, r);
  for (const r of item.review) lines.push(`    (${r.reason})`);
  row(L.tags, item.tags.join(', '));
  row(L.id, shownId(msg)(item.id));
  // the revision `edit <id> rev=N` checks, as it is typed
  if (item.revision !== undefined) row(L.revision, s(`${item.revision} (rev=${item.revision})`));
  return lines;
}
