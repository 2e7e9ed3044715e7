import type { MessageKit } from './message-kit.js';

/** Words of reminders, digests and change notices, and of the subscription commands. */
export function reminderMessages({ t, q, listAnd, record }: MessageKit) {
  return {
    heading: {
      event: (when: string, title: string) => t('reminders.heading.event', { when, title }),
      deadline: (when: string, title: string) => t('reminders.heading.deadline', { when, title }),
      digest: (n: number, days: number) => t('reminders.heading.digest', { n, days: String(days) }),
      added: (title: string) => t('reminders.heading.added', { title }),
      rescheduled: (title: string) => t('reminders.heading.rescheduled', { title }),
      cancelled: (title: string) => t('reminders.heading.cancelled', { title }),
      reinstated: (title: string) => t('reminders.heading.reinstated', { title }),
      announced: (title: string) => t('reminders.heading.announced', { title }),
      removed: (title: string) => t('reminders.heading.removed', { title }),
    },
    batch: {
      heading: (n: number) => t('reminders.batch.heading', { n: String(n) }),
      line: (what: string, id: string, wasNow: [string, string] | undefined, when: string | undefined) =>
        t('reminders.batch.line', {
          what,
          id,
          form: wasNow ? 'wasNow' : when ? 'when' : 'none',
          was: wasNow?.[0] ?? '',
          now: wasNow?.[1] ?? '',
          when: when ?? '',
        }),
      more: (n: number) => t('reminders.batch.more', { n: String(n) }),
    },
    offset: (days: number) => t('reminders.offset', { days }),
    wasNow: (was: string, now: string) => [t('reminders.was', { was }), t('reminders.now', { now })],
    details: (id: string) => t('reminders.details', { id }),
    addToCalendar: (id: string) => t('reminders.addToCalendar', { id }),
    delayed: (dueAt: string) => t('reminders.delayed', { dueAt }),
    footer: t('reminders.footer'),
    subscribe: {
      needsConversation: t('reminders.subscribe.needsConversation'),
      done: (what: string) => t('reminders.subscribe.done', { what }),
      updated: (what: string) => t('reminders.subscribe.updated', { what }),
      usage: t('reminders.subscribe.usage'),
      badTime: (word: string) => t('reminders.subscribe.badTime', { word }),
      badZone: (word: string) => t('reminders.subscribe.badZone', { word }),
      badOffsets: (word: string, bad: string[]) =>
        bad.length
          ? t('reminders.subscribe.badOffsetItems', { word, n: bad.length, bad: bad.map(q).join(t('list.and')) })
          : t('reminders.subscribe.badOffsetList', { word }),
      badDigest: (word: string) => t('reminders.subscribe.badDigest', { word }),
      missingValue: (word: string) => t('reminders.subscribe.missingValue', { word }),
      manage: t('reminders.subscribe.manage'),
      slackInvite: t('reminders.subscribe.slackInvite'),
    },
    describe: {
      scope: record(['all', 'events', 'deadlines'], 'reminders.describe.scope') as Record<string, string>,
      filter: (words: string) => t('reminders.describe.filter', { words }),
      at: (time: string, tz: string) => t('reminders.describe.at', { time, tz }),
      offsetsDefault: t('reminders.describe.offsetsDefault'),
      offsets: (days: number[]) => {
        const before = days.filter((d) => d > 0);
        const list = listAnd(before.map(String));
        // "1 day before" only for a lone 1; "7 and 1 days before" agrees with the list.
        const count = before.length === 1 ? before[0]! : before.length;
        const parts = before.length ? [t('reminders.describe.offsetsBefore', { count, list })] : [];
        const morning = days.includes(0) ? t('reminders.describe.offsetsMorning') : '';
        if (parts[0] && morning) return t('reminders.describe.offsetsBoth', { before: parts[0], morning });
        return parts[0] ?? morning;
      },
      digest: (on: boolean) => t('reminders.describe.digest', { on: on ? 'yes' : 'no' }),
      line: (scope: string, filter: string, at: string, offsets: string, digest: string) =>
        t('reminders.describe.line', { scope, filter, at, offsets, digest }),
    },
    unsubscribe: {
      done: t('reminders.unsubscribe.done'),
      notSubscribed: t('reminders.unsubscribe.notSubscribed'),
      noWords: t('reminders.unsubscribe.noWords'),
    },
    subscriptions: {
      none: t('reminders.subscriptions.none'),
      heading: t('reminders.subscriptions.heading'),
      current: (what: string) => t('reminders.subscriptions.current', { what }),
      next: (when: string, what: string) => t('reminders.subscriptions.next', { when, what }),
      atGeneva: (when: string) => t('reminders.subscriptions.atGeneva', { when }),
      atZoneAndGeneva: (when: string, zone: string, geneva: string) => t('reminders.subscriptions.atZoneAndGeneva', { when, zone, geneva }),
      nextNone: t('reminders.subscriptions.nextNone'),
      allHeading: (n: number) => t('reminders.subscriptions.allHeading', { n }),
      allLine: (where: string, what: string) => t('reminders.subscriptions.allLine', { where, what }),
      allHint: t('reminders.subscriptions.allHint'),
      allOrNothing: t('reminders.subscriptions.allOrNothing'),
    },
    nextWhat: {
      reminder: (title: string, offset: string) => t('reminders.nextWhat.reminder', { title, offset }),
      digest: t('reminders.nextWhat.digest'),
      notice: t('reminders.nextWhat.notice'),
    },
    deliveries: {
      usage: t('reminders.deliveries.usage'),
      status: (lastTick: string, confirmed: number, failed: number, subs: number) =>
        t('reminders.deliveries.status', { lastTick, confirmed, failed: String(failed), subs }),
      neverRan: t('reminders.deliveries.neverRan'),
      noneFailed: t('reminders.deliveries.noneFailed'),
      failedHeading: (n: number) => t('reminders.deliveries.failedHeading', { n }),
      failedLine: (key: string, where: string, attempts: number, error: string, at: string, retrying: boolean) =>
        t('reminders.deliveries.failedLine', { key, where, attempts: String(attempts), error, at, retrying: retrying ? 'yes' : 'no' }),
      retryHint: t('reminders.deliveries.retryHint'),
      retried: (n: number) => t('reminders.deliveries.retried', { n }),
      unknownKey: (key: string) => t('reminders.deliveries.unknownKey', { key }),
      whichRetry: t('reminders.deliveries.whichRetry'),
      notUnderstood: (word: string) => t('reminders.deliveries.notUnderstood', { word }),
    },
  };
}
