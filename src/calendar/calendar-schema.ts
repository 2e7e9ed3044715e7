import * as z from 'zod';
import { type Item, ItemSchema } from './schema.js';

export interface CalendarIssue {
  path: (string | number)[];
  /** For logs and the store's refusal (operator English); people get `code` and `data` in their language. */
  message: string;
  code?: 'duplicateId' | 'anchorMissing' | 'anchorCycle';
  data?: Record<string, string>;
}

/**
 * The cross-item rules (unique ids, anchors that exist, no cycles) on items already valid one by one.
 * Kept apart from the item schema so the store, which parses every item anyway, does not parse them
 * a second time just to check these.
 */
export function calendarIssues(items: readonly Item[]): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const byId = new Map<string, Item>();
  items.forEach((item, i) => {
    if (byId.has(item.id)) issues.push({ path: ['items', i, 'id'], message: `duplicate id "${item.id}"`, code: 'duplicateId', data: { id: item.id } });
    else byId.set(item.id, item);
  });
  items.forEach((item, i) => {
    if (item.when.type !== 'relative') return;
    if (!byId.has(item.when.anchor)) {
      const anchor = item.when.anchor;
      issues.push({ path: ['items', i, 'when', 'anchor'], message: `anchor "${anchor}" does not exist`, code: 'anchorMissing', data: { anchor } });
      return;
    }
    const seen = new Set<string>([item.id]);
    let cursor = byId.get(item.when.anchor);
    while (cursor && cursor.when.type === 'relative') {
      if (seen.has(cursor.id)) {
        const id = cursor.id;
        issues.push({ path: ['items', i, 'when', 'anchor'], message: `anchors form a cycle through "${id}"`, code: 'anchorCycle', data: { id } });
        return;
      }
      seen.add(cursor.id);
      cursor = byId.get(cursor.when.anchor);
    }
  });
  return issues;
}

/** The calendar as a whole: items plus cross-item rules (unique ids, anchors that exist, no cycles). */
export const CalendarSchema = z.lazy(() =>
  z
    .object({
      items: z.array(ItemSchema),
    })
    .strict()
    .superRefine((cal, ctx) => {
      for (const issue of calendarIssues(cal.items)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
);

export type Calendar = z.infer<typeof CalendarSchema>;

/** The seed file: the calendar plus where it came from. */
export const SeedFileSchema = z.lazy(() =>
  z
    .object({
      $comment: z.string().optional(),
      document: z.string().min(1),
      items: z.array(ItemSchema),
    })
    .strict()
    .superRefine((seed, ctx) => {
      for (const issue of calendarIssues(seed.items)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
);
