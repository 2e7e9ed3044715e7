import type { Item, ReviewFlag } from '../calendar/schema.js';
import type { When } from '../calendar/when-schema.js';
import { differences, findExisting } from './match.js';
import { draftFromText, type ReadOptions, type Unreadable } from './report/draft.js';

/**
 * A draft of proposals from a report, compared with the calendar: each proposal adds an item, changes one
 * already there (a reschedule keeps the old date in history) or finds it unchanged. Nothing is applied here.
 */
export interface Proposal {
  n: number;
  action: 'add' | 'change' | 'unchanged';
  item: Item;
  /** The calendar item it matches (change / unchanged). */
  existingId?: string;
  /** Fields that differ from the calendar (change). */
  changes?: string[];
  review: ReviewFlag[];
  evidence: { paragraph: string; sentence: string };
  /** "found in §6.7.9: 'by 4 March'". */
  explanation: string;
}

export interface CouldNotRead extends Unreadable {
  n: number;
}

export interface ImportDraft {
  document: string;
  proposals: Proposal[];
  couldNotRead: CouldNotRead[];
}

export function proposeFromReport(text: string, calendar: readonly Item[], options: ReadOptions): ImportDraft {
  const draft = draftFromText(text, options);
  const proposals: Proposal[] = [];
  const taken = new Set<string>();
  const idMap = new Map<string, string>();
  // Anchors first, so a relative deadline can point at the calendar's item rather than at the draft's copy.
  const ordered = [...draft.items].sort((a, b) => Number(a.when.type === 'relative') - Number(b.when.type === 'relative'));
  for (const proposed of ordered) {
    let item = proposed;
    if (item.when.type === 'relative' && idMap.has(item.when.anchor)) item = { ...item, when: { ...item.when, anchor: idMap.get(item.when.anchor)! } };
    const existing = findExisting(item, calendar, taken);
    const evidence = draft.evidence.get(proposed.id)!;
    const explanation = `found in §${item.source.paragraph}: '${item.source.wording ?? evidence.sentence.slice(0, 80)}'`;
    if (!existing) {
      proposals.push({ n: 0, action: 'add', item, review: item.review, evidence, explanation });
      continue;
    }
    taken.add(existing.id);
    idMap.set(proposed.id, existing.id);
    const changes = differences(existing, item);
    if (!changes.length) {
      proposals.push({ n: 0, action: 'unchanged', item: existing, existingId: existing.id, review: item.review, evidence, explanation });
      continue;
    }
    const changed: Item = {
      ...existing,
      ...(changes.includes('when')
        ? { when: item.when, history: [...existing.history, historyEntry(existing.when, item)], dateVersion: existing.dateVersion + 1 }
        : {}),
      ...(changes.includes('status') ? { status: item.status } : {}),
      ...(changes.includes('place') ? { place: item.place } : {}),
      ...(changes.includes('sendTo') ? { sendTo: item.sendTo } : {}),
      review: [...existing.review, ...item.review.filter((r) => !existing.review.some((x) => x.printed === r.printed))].slice(0, 20),
    };
    if (changes.includes('when') && /rescheduled|postponed|moved/i.test(evidence.sentence)) changed.status = 'rescheduled';
    proposals.push({ n: 0, action: 'change', item: changed, existingId: existing.id, changes, review: item.review, evidence, explanation });
  }
  const order = { add: 0, change: 1, unchanged: 2 } as const;
  proposals.sort((a, b) => order[a.action] - order[b.action] || paraKey(a.item.source.paragraph).localeCompare(paraKey(b.item.source.paragraph)));
  proposals.forEach((p, i) => {
    p.n = i + 1;
  });
  const couldNotRead = draft.unreadable.map((u, i) => ({ ...u, n: proposals.length + i + 1 }));
  return { document: options.document, proposals, couldNotRead };
}

function historyEntry(old: When, item: Item): Item['history'][number] {
  return { when: old, note: `before the change reported in §${item.source.paragraph}`, source: item.source };
}

function paraKey(p: string): string {
  return p
    .split('.')
    .map((x) => x.padStart(3, '0'))
    .join('.');
}

/** The items a reviewer accepting every proposal would end up with (for tests and the eval; no store). */
export function applyAll(calendar: readonly Item[], draft: ImportDraft): Item[] {
  const byId = new Map(calendar.map((i) => [i.id, i]));
  for (const p of draft.proposals) if (p.action !== 'unchanged') byId.set(p.item.id, p.item);
  return [...byId.values()];
}
