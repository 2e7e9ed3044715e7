import type { Actor } from '../../calendar/schema.js';
import { ACTOR_WORDS, KIND_WORDS, normaliseHeader, type TableField } from './columns.js';
import type { ReportRowError } from './table-row-error.js';

/* A row's kind, who and tags cells read; and which column an item schema's complaint is about. */

export function readKind(text: string, title: string): 'event' | 'deadline' | undefined {
  if (!text) return /^deadline\b/i.test(title) ? 'deadline' : 'event';
  return KIND_WORDS[normaliseHeader(text)];
}

export function readWho(text: string, err: ReportRowError): Actor[] {
  if (!text) return [];
  const out = new Set<Actor>();
  for (const part of text.split(/[,;/&+]|\band\b/i)) {
    const word = normaliseHeader(part.replace(/^the\s+/i, ''));
    if (!word) continue;
    const actor = ACTOR_WORDS[word];
    if (actor) out.add(actor);
    else err('who', 'who', part.trim());
  }
  return [...out];
}

export function readTags(text: string, err: ReportRowError): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const part of text.split(/[,;]/)) {
    const tag = part.trim().toLowerCase().replace(/\s+/g, '-').replace(/^#/, '');
    if (!tag) continue;
    if (/^[a-z0-9][a-z0-9+-]{0,31}$/.test(tag)) out.add(tag);
    else err('tags', 'tag', part.trim());
  }
  return [...out].slice(0, 20);
}

export function schemaField(path: PropertyKey[]): TableField {
  const top = String(path[0] ?? '');
  const map: Record<string, TableField> = {
    title: 'title',
    when: 'date',
    place: 'place',
    whoMustAct: 'who',
    sendTo: 'sendTo',
    url: 'url',
    description: 'notes',
    tags: 'tags',
    id: 'id',
    source: path[1] === 'paragraph' ? 'paragraph' : 'document',
    kind: 'kind',
    status: 'date',
  };
  return map[top] ?? 'title';
}
