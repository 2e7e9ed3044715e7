import { indexItems, resolveItem } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import type { CommandContext } from '../dispatch/context.js';
import { genevaTime } from '../editing/error-messages.js';
import { accepted, draftCode } from '../editing/import-draft.js';
import { describeItem, formatRawWhen } from '../render/describe-item.js';
import type { DraftView } from '../render/import-draft-view.js';
import type { ReplyBody, ReplyItem } from '../render/reply.js';
import type { DraftProposal, ImportDraftRecord } from '../store/import-draft-schema.js';

/** Proposals shown per page in chat (a Slack message holds 50 blocks; a Teams card should stay readable). */
export const PAGE_SIZE = 10;

/** What `--json` and the chat renderers get for each proposal: the item as `show --json` prints it, and the review. */
export interface ProposalJson {
  n: number;
  action: DraftProposal['action'];
  decision: DraftProposal['decision'];
  item: ReplyItem;
  review: DraftProposal['review'];
  changes?: string[];
  existingId?: string;
  evidence: DraftProposal['evidence'];
}

/** A page of the draft: counts, then the page's proposals grouped new / changed / unchanged, then what could not be read. */
export function draftReply(draft: ImportDraftRecord, ctx: CommandContext, page = 1, lead: string[] = []): ReplyBody {
  const m = ctx.msg.intake;
  const all = withDraft(ctx, draft);
  const counts = countsOf(draft);
  const pages = Math.max(1, Math.ceil(draft.proposals.length / PAGE_SIZE));
  const p = Math.min(Math.max(1, page), pages);
  const onPage = draft.proposals.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE);
  const lines: string[] = [...lead, m.summary(counts)];
  // "New:", « Nouvelles : », "无法读取：": the colon as the language writes it (punct.colon, here at a line's end)
  const heading = (g: Parameters<typeof m.group>[0]) => `${m.group(g)}${ctx.msg.colon.trimEnd()}`;
  const shown: DraftView['shown'] = [];
  for (const group of ['add', 'change', 'unchanged'] as const) {
    const of = onPage.filter((x) => x.action === group);
    if (!of.length) continue;
    lines.push('', heading(group));
    for (const x of of) {
      if (group === 'unchanged') {
        lines.push(`  ${m.unchangedLine(x.n, x.item.title, x.item.id)}`);
        continue;
      }
      const line = proposalLine(x, all, ctx);
      const evidence = m.evidence(x.evidence.paragraph, clip(x.evidence.sentence, 220));
      lines.push(`  ${line}`, `     ${evidence}`);
      if (x.changes?.length) lines.push(`     ${m.changes(x.changes)}`);
      for (const f of x.review.slice(0, 2)) lines.push(`     ${m.flag(clip(f.printed, 80), clip(f.interpretation, 80), clip(f.reason, 160))}`);
      shown.push({ n: x.n, action: x.action, decision: x.decision, line, evidence });
    }
  }
  // What could not be read goes with the last page, so every page stays short.
  const unread = p === pages ? draft.unread.slice(0, 30).map((u) => `${u.n}. ${m.unread(u)}`) : [];
  if (unread.length) lines.push('', heading('unread'), ...unread.map((l) => `  ${l}`));
  const warnings = draft.warnings.map((w) => m.warning(w.code, w.data));
  const code = draftCode(draft);
  const n = accepted(draft).length;
  const notes = [
    ...warnings,
    m.page(p, pages),
    ...(p < pages ? [m.nextPage(p + 1)] : []),
    ...(counts.add + counts.change ? [m.howTo, n ? m.confirm(n, code) : m.noneAccepted] : [nothingToImport(counts, m)]),
    m.expires(genevaTime(draft.expiresAt, ctx.msg)),
  ];
  const view: DraftView = { document: draft.document, code, page: p, pages, accepted: n, shown, unread };
  return {
    tone: 'ok',
    heading: m.heading(draft.document),
    intro: lines,
    sections: [],
    notes,
    data: { code, document: draft.document, counts, importDraft: view, proposals: draft.proposals.map((x) => proposalJson(x, all, ctx)), unread: draft.unread },
  };
}

/** One proposal in full: the item as `/cwg show` gives it, the report's sentence, what changes. */
export function proposalReply(draft: ImportDraftRecord, n: number, ctx: CommandContext, lead: string[] = []): ReplyBody {
  const m = ctx.msg.intake;
  const x = draft.proposals.find((p) => p.n === n)!;
  const all = withDraft(ctx, draft);
  const json = proposalJson(x, all, ctx);
  const code = draftCode(draft);
  const count = accepted(draft).length;
  return {
    tone: 'ok',
    heading: m.proposalHeading(x.n, draft.proposals.length, x.action, x.decision),
    intro: [...lead, m.evidence(x.evidence.paragraph, clip(x.evidence.sentence, 1000)), ...(x.changes?.length ? [m.changes(x.changes)] : [])],
    sections: [{ items: [json.item] }],
    detailed: true,
    notes: [m.howTo, count ? m.confirm(count, code) : m.noneAccepted],
    data: {
      code,
      proposal: json,
      importDraft: { document: draft.document, code, page: 0, pages: 0, accepted: count, shown: [], unread: [] } satisfies DraftView,
    },
  };
}

/** Why a draft proposes nothing: all of it is in the calendar, parts of it could not be read, or the file held nothing. */
function nothingToImport(counts: ReturnType<typeof countsOf>, m: CommandContext['msg']['intake']): string {
  if (counts.unread) return m.nothingUsable;
  return counts.unchanged ? m.nothingNew : m.nothingFound;
}

export function countsOf(draft: ImportDraftRecord) {
  const of = (a: DraftProposal['action']) => draft.proposals.filter((p) => p.action === a).length;
  return { add: of('add'), change: of('change'), unchanged: of('unchanged'), unread: draft.unread.length, accepted: accepted(draft).length };
}

function proposalLine(x: DraftProposal, all: readonly Item[], ctx: CommandContext): string {
  const when = formatRawWhen(x.item.when, x.item.kind, all, ctx.msg);
  return ctx.msg.intake.line({ n: x.n, decision: x.decision, kind: ctx.msg.kind[x.item.kind], title: x.item.title, when, id: x.item.id });
}

function proposalJson(x: DraftProposal, all: readonly Item[], ctx: CommandContext): ProposalJson {
  const lookup = indexItems(all);
  const item = describeItem(resolveItem(x.item, lookup), { now: ctx.now, msg: ctx.msg, items: all, ...(ctx.caller.tz ? { tz: ctx.caller.tz } : {}) });
  return {
    n: x.n,
    action: x.action,
    decision: x.decision,
    item,
    review: x.review,
    ...(x.changes ? { changes: x.changes } : {}),
    ...(x.existingId ? { existingId: x.existingId } : {}),
    evidence: x.evidence,
  };
}

/** The calendar with the draft's items over it, so a deadline counted from a proposed meeting shows its date. */
function withDraft(ctx: CommandContext, draft: ImportDraftRecord): readonly Item[] {
  const byId = new Map(ctx.store.read().items.map((i) => [i.id, i]));
  for (const p of draft.proposals) if (!byId.has(p.item.id) || p.action !== 'unchanged') byId.set(p.item.id, p.item);
  // Frozen, so the item index behind every proposal's description is built once, not once per proposal.
  return Object.freeze([...byId.values()]);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
