/**
 * What a draft reply (`/cwg import`) carries for the chat renderers (`reply.data.importDraft`): enough
 * to draw the page with buttons per proposal and per page. Built in src/answers/import-draft-reply.ts.
 */
export interface DraftView {
  document: string;
  /** The code that confirms the accepted proposals as they stand. */
  code: string;
  /** The page shown (0 for a single proposal's details) and how many there are. */
  page: number;
  pages: number;
  accepted: number;
  /** The proposals of this page that can be accepted or rejected, as their lines of text. */
  /** What could not be read, one line each (on the last page). */
  unread: string[];
  shown: Array<{ n: number; action: 'add' | 'change' | 'unchanged'; decision: 'pending' | 'accepted' | 'rejected'; line: string; evidence: string }>;
}

export function draftViewOf(data: unknown): DraftView | undefined {
  const view = (data as { importDraft?: DraftView } | undefined)?.importDraft;
  return view && typeof view.code === 'string' && Array.isArray(view.shown) ? view : undefined;
}

/** The `/cwg import …` line each control runs (the Slack and Teams adapters pass them to the bot). */
export const DRAFT_COMMANDS = {
  accept: (n: number) => `import accept ${n}`,
  reject: (n: number) => `import reject ${n}`,
  acceptPage: (ns: readonly number[]) => `import accept ${ns.join(',')}`,
  rejectPage: (ns: readonly number[]) => `import reject ${ns.join(',')}`,
  page: (p: number) => `import show page ${p}`,
  confirm: (code: string) => `import confirm ${code}`,
  discard: () => 'import discard',
} as const;

/** The lines a draft control may run: a chat platform takes nothing else from a button's value or a card's data. */
export const DRAFT_LINE = /^import (?:(?:accept|reject) \d{1,5}(?:,\d{1,5}){0,49}|show page \d{1,5}|confirm [0-9a-f]{6}|discard)$/;
