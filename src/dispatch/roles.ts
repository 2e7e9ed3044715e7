import type { Caller } from './context.js';

/**
 * The secretariat role: the local operator of the CLI/console, or a caller whose user id
 * (Slack U…, Teams Entra object id) or one of whose Slack user groups (S…) is listed in CWG_SECRETARIAT.
 */
export function isSecretariat(caller: Caller, secretariat: readonly string[]): boolean {
  if (caller.isLocalOperator) return true;
  const listed = new Set(secretariat.map((s) => s.toLowerCase()));
  if (listed.has(caller.id.toLowerCase())) return true;
  return (caller.groups ?? []).some((g) => listed.has(g.toLowerCase()));
}
