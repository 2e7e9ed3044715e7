import type { Occurrence } from '../calendar/resolve.js';
import { describeItem } from '../render/describe-item.js';
import type { ReplyItem } from '../render/reply.js';
import type { CommandContext } from '../dispatch/context.js';

/** Occurrences → reply items, in the asker's zone. */
export function describeAll(occs: readonly Occurrence[], ctx: CommandContext): ReplyItem[] {
  const items = ctx.store.read().items;
  return occs.map((o) => describeItem(o, { now: ctx.now, msg: ctx.msg, items, ...(ctx.caller.tz ? { tz: ctx.caller.tz } : {}) }));
}

/** Words a user typed as a number of days ("30", "30d", "30 days"). */
export function readDays(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const m = /^(\d{1,4})d?$/i.exec(word);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 3660 ? n : undefined;
}
