/**
 * An editor's last editing command and how it ended, so `undo` can tell "undo what I just did"
 * from "undo something older" (typed after a failed command, or after a command that changed
 * nothing): the latter is confirmed with a code first. The dispatcher records them
 * (src/dispatch/last-commands.ts), in memory: a new process (each `npx cwg` run) knows no last
 * command, and undo then asks for the code only when the change is older than 15 minutes.
 */
export type LastCommand = { ok: true; at: string; auditIds: readonly string[]; undo?: boolean } | { ok: false; at: string };

/** How old a change may be for undo to revert it without a code when the caller's last command is unknown. */
export const UNKNOWN_LAST_FRESH_MS = 15 * 60_000;

/**
 * True when undoing `target` (an audit entry) is not undoing the caller's last command:
 * their last editing command came after it and did not write it (failed, changed nothing, or changed
 * something else), and was not itself an undo (undo again walks further back, as documented).
 */
export function undoNeedsConfirmation(last: LastCommand | undefined, target: { id: string; at: string }, now: Date): boolean {
  // No last command known (a fresh process: each `npx cwg` run): a change older than a few minutes is
  // hardly "what I just did", so it is confirmed too; a recent one is undone as before.
  if (!last) return now.getTime() - Date.parse(target.at) > UNKNOWN_LAST_FRESH_MS;
  if (Date.parse(target.at) > Date.parse(last.at)) return false; // made after it, e.g. through a form
  if (last.ok && (last.undo || last.auditIds.includes(target.id))) return false;
  return true;
}
