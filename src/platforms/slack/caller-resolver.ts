import type { WebClient } from '@slack/web-api';
import type { Caller } from '../../dispatch/context.js';
import type { Logger } from '../../log.js';
import { TtlCache } from './ttl-cache.js';

/** Slack user-group ids look like S0123ABCD; anything else in CWG_SECRETARIAT is a user id. */
const isGroupId = (id: string) => /^S[A-Z0-9]{2,}$/.test(id);

export interface CallerResolver {
  /** The Slack user as a Caller: zone from users.info, secretariat user groups they belong to. */
  resolve(userId: string, name?: string): Promise<Caller>;
}

/**
 * Looks up zones and group membership through the Web API, cached so a busy channel costs one
 * users.info per person per hour and one usergroups.users.list per group per five minutes.
 * A failed lookup degrades (Geneva time only, no group role) instead of failing the command.
 */
export function createCallerResolver(
  client: WebClient,
  secretariat: readonly string[],
  log: Logger,
  ttl = { userMs: 3_600_000, groupMs: 300_000 },
  /**
   * The longest an answer waits for users.info (after the ack budget the answer goes through response_url,
   * so a rate-limited lookup retried after Retry-After still makes it); slower, the answer comes in Geneva
   * time and without the platform locale this once, while the lookup goes on and is cached.
   */
  lookupTimeoutMs = 5_000,
): CallerResolver {
  const zones = new TtlCache<{ tz?: string; locale?: string }>(ttl.userMs);
  const groups = new TtlCache<Set<string>>(ttl.groupMs, 100);
  const groupIds = secretariat.filter(isGroupId);
  const pending = new Map<string, Promise<unknown>>();

  // Concurrent commands from one person (or one group) share a single in-flight lookup.
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const inflight = pending.get(key) as Promise<T> | undefined;
    if (inflight) return inflight;
    const p = load().finally(() => pending.delete(key));
    pending.set(key, p);
    return p;
  };

  const userInfo = async (userId: string): Promise<{ tz?: string; locale?: string }> => {
    const hit = zones.get(userId);
    if (hit) return hit;
    return withTimeout(lookup(userId), lookupTimeoutMs, () => {
      log.warn('slack: users.info is slow; answering without the zone and locale this time', { user: userId, timeoutMs: lookupTimeoutMs });
      return {};
    });
  };
  /** The zone and locale (include_locale: Slack's language setting, e.g. "fr-FR"), looked up once per person per hour. */
  const lookup = (userId: string) =>
    once(`user:${userId}`, async () => {
      try {
        const res = await client.users.info({ user: userId, include_locale: true });
        const value = { ...(res.user?.tz ? { tz: res.user.tz } : {}), ...(res.user?.locale ? { locale: res.user.locale } : {}) };
        zones.set(userId, value);
        return value;
      } catch (err) {
        log.warn('slack: users.info failed; answering in Geneva time', { user: userId, error: String(err) });
        return {};
      }
    });

  const members = async (groupId: string) => {
    const hit = groups.get(groupId);
    if (hit) return hit;
    return once(`group:${groupId}`, async () => {
      try {
        const res = await client.usergroups.users.list({ usergroup: groupId });
        const set = new Set(res.users ?? []);
        groups.set(groupId, set);
        return set;
      } catch (err) {
        log.warn('slack: usergroups.users.list failed; group not counted for roles', { usergroup: groupId, error: String(err) });
        return new Set<string>();
      }
    });
  };

  return {
    async resolve(userId, name) {
      const [info, sets] = await Promise.all([userInfo(userId), Promise.all(groupIds.map(async (g) => [g, await members(g)] as const))]);
      const inGroups = sets.filter(([, set]) => set.has(userId)).map(([g]) => g);
      return {
        id: userId,
        platform: 'slack',
        ...(name ? { name } : {}),
        ...(info.tz ? { tz: info.tz } : {}),
        ...(info.locale ? { locale: info.locale } : {}),
        groups: inGroups,
      };
    },
  };
}

/** The promise's value, or `fallback()` when it takes longer than `ms` (the promise runs on). */
function withTimeout<T>(p: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
    timer.unref?.();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
