import type { Caller } from '../dispatch/context.js';

/**
 * The CLI's caller: the local operator (secretariat) unless --user names a chat user,
 * whose platform is read from the id's shape (Slack U…/W…, Teams Entra GUID).
 */
export function callerFromFlags(user: string | undefined, tz: string | undefined, lang?: string): Caller {
  const base = { ...(tz ? { tz } : {}), ...(lang ? { lang } : {}) };
  if (!user) return { id: 'operator', platform: 'cli', name: 'local operator', isLocalOperator: true, ...base };
  const [prefix, rest] = user.includes(':') ? (user.split(/:(.*)/s) as [string, string]) : ['', user];
  const platform =
    prefix === 'slack' || prefix === 'teams' ? prefix : /^[UW][A-Z0-9]{2,}$/.test(rest) ? 'slack' : /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(rest) ? 'teams' : 'cli';
  return { id: prefix === 'slack' || prefix === 'teams' ? rest : user, platform, ...base };
}
