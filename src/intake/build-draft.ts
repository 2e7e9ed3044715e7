import type { Item } from '../calendar/schema.js';
import { readCalendarItems } from '../editing/import-calendar.js';
import type { DraftProposal, DraftUnread, ImportDraftRecord } from '../store/import-draft-schema.js';
import type { ImportFile } from './files/index.js';
import { itemProposals } from './item-proposals.js';
import { proposeFromReport } from './proposal.js';

/** How long a draft waits for its review before it is dropped. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A file that was read (report text, spreadsheet rows, calendar events, calendar JSON) → the draft a
 * reviewer works on: numbered proposals (new, changed, unchanged) and what could not be read, each saying
 * where in the file it comes from. Pure: the calendar and `now` are parameters; nothing is written.
 */
export function buildDraft(file: ImportFile, document: string, calendar: readonly Item[], now: Date): ImportDraftRecord {
  const base = {
    document,
    format: file.format,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + DRAFT_TTL_MS).toISOString(),
    warnings: file.warnings.slice(0, 50),
  };
  if (file.kind === 'report') {
    const draft = proposeFromReport(file.text, calendar, { document: documentName(document) });
    const proposals: DraftProposal[] = draft.proposals.map((p) => ({
      n: p.n,
      action: p.action,
      item: p.item,
      ...(p.existingId ? { existingId: p.existingId, existingRevision: revisionOf(calendar, p.existingId) } : {}),
      ...(p.changes ? { changes: p.changes } : {}),
      review: p.review,
      evidence: { paragraph: p.evidence.paragraph.slice(0, 80), sentence: p.evidence.sentence.slice(0, 2000) },
      decision: 'pending',
    }));
    const unread: DraftUnread[] = draft.couldNotRead.map((u) => ({
      n: u.n,
      where: `§${u.paragraph}`.slice(0, 200),
      sentence: u.sentence.slice(0, 2000),
      code: 'report',
      value: u.wording.slice(0, 300),
      problem: u.reason.slice(0, 300),
    }));
    return { ...base, kind: 'report', proposals, unread };
  }
  if (file.kind === 'table') {
    const proposals = itemProposals(file.items, calendar, (it) => `${it.source.paragraph}`);
    const unread = file.errors.map((e, i) => ({
      n: proposals.length + i + 1,
      where: `R${e.row}`,
      sentence: '',
      code: `row.${e.code}`,
      field: e.field,
      ...(e.value !== undefined ? { value: e.value.slice(0, 300) } : {}),
      ...(e.example ? { example: e.example.slice(0, 300) } : {}),
      ...(e.problem ? { problem: e.problem.slice(0, 300) } : {}),
    }));
    return { ...base, kind: 'table', proposals, unread };
  }
  if (file.kind === 'calendar') {
    const proposals = itemProposals(file.items, calendar, (it) => file.uids[it.id] ?? it.id);
    const unread = file.errors.map((e, i) => ({
      n: proposals.length + i + 1,
      where: (e.summary ? `"${e.summary}"` : (e.uid ?? '?')).slice(0, 200),
      sentence: '',
      code: `ics.${e.code}`,
      field: e.field,
      ...(e.value !== undefined ? { value: e.value.slice(0, 300) } : {}),
      ...(e.problem ? { problem: e.problem.slice(0, 300) } : {}),
    }));
    return { ...base, kind: 'calendar', proposals, unread };
  }
  const items = readCalendarItems(file.text);
  return { ...base, kind: 'json', proposals: itemProposals(items, calendar, (it) => it.source.paragraph), unread: [] };
}

/** "cwg-43-report.docx" → "cwg-43-report": the name items cite as their source document. */
function documentName(filename: string): string {
  return filename.replace(/\.[a-z0-9]{2,5}$/i, '').slice(0, 200) || filename.slice(0, 200);
}

function revisionOf(calendar: readonly Item[], id: string): number {
  return calendar.find((c) => c.id === id)?.revision ?? 0;
}
