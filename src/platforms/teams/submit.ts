import type { TurnContext } from 'botbuilder';
import { ITEM_ID } from '../../calendar/when-schema.js';
import type { Caller } from '../../dispatch/context.js';
import { DRAFT_LINE } from '../../render/import-draft-view.js';

/** Handles card submissions that are forms rather than commands (the secretariat's edit cards). */
export interface SubmitHandler {
  /** Returns false when the submission is not one of its own. */
  handle(ctx: TurnContext, value: unknown, caller: Caller): Promise<boolean>;
}

/**
 * The command line a card button stands for ("Details" → "show <id>", "Add to my calendar" → "ics <id>", "Subscribe" → "subscribe"),
 * or undefined for anything else. Card data comes back from the client and can be forged, so only
 * known shapes pass and the dispatcher still checks roles as for typed commands.
 */
export function lineForSubmit(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const data = value as Record<string, unknown>;
  if (data.cwg === 'show' && typeof data.id === 'string' && ITEM_ID.test(data.id)) return `show ${data.id}`;
  if (data.cwg === 'ics' && typeof data.id === 'string' && ITEM_ID.test(data.id)) return `ics ${data.id}`;
  if (data.cwg === 'subscribe') return 'subscribe';
  // The import draft card's buttons: only the review lines themselves (accept, reject, page, confirm, discard).
  if (data.cwg === 'import' && typeof data.line === 'string' && DRAFT_LINE.test(data.line)) return data.line;
  return undefined;
}
