import type { ItemKind } from '../calendar/schema.js';
import type { MessageId, Translator } from './messages.js';

const MORE = ['upcoming', 'next-deadline', 'next-event', 'search', 'subscribe', 'unsubscribe'];

/** Words of the branch "asking" (issue 15): periods, next few, bare tags, personal reminders, short review markers. */
export function askingMessages(t: Translator['t']) {
  return {
    review: { date: t('asking.review.date'), reading: t('asking.review.reading') },
    heading: {
      today: (day: string) => t('asking.heading.today', { day }),
      thisWeek: (day: string) => t('asking.heading.thisWeek', { day }),
      thisMonth: (day: string) => t('asking.heading.thisMonth', { day }),
      tomorrow: (day: string) => t('asking.heading.tomorrow', { day }),
      nextWeek: (days: string) => t('asking.heading.nextWeek', { days }),
      nextMonth: (days: string) => t('asking.heading.nextMonth', { days }),
      weeks: (n: number) => t('asking.heading.weeks', { n }),
      months: (n: number) => t('asking.heading.months', { n }),
      tag: (words: string) => t('asking.heading.tag', { words }),
      nextFew: (kind: ItemKind, n: number) => t('asking.heading.nextFew', { kind, n }),
    },
    emptyTag: (filter: string) => t('asking.empty.tag', { filter }),
    emptyPeriod: (period: string, filter: string) => t('asking.empty.period', { period, filter }),
    searchScope: t('asking.search.scope'),
    help: { ways: t('asking.help.ways'), ahead: t('asking.help.ahead'), mine: t('asking.help.mine'), personal: t('asking.help.personal') },
    personal: {
      done: (what: string) => t('asking.personal.done', { what }),
      updated: (what: string) => t('asking.personal.updated', { what }),
      manage: t('asking.personal.manage'),
    },
    remindMe: {
      done: (title: string, id: string, offsets: string) => t('asking.remindMe.done', { title, id, offsets }),
      undated: (title: string) => t('asking.remindMe.undated', { title }),
      over: (title: string, id: string) => t('asking.remindMe.over', { title, id }),
      usage: t('asking.remindMe.usage'),
      missingId: t('asking.remindMe.missingId'),
      needsDirect: (id: string) => t('asking.remindMe.needsDirect', { id }),
      notOnConsole: (id: string) => t('asking.remindMe.notOnConsole', { id }),
      stop: (id: string) => t('asking.remindMe.stop', { id }),
    },
    subscriptions: {
      itemsHeading: t('asking.subscriptions.itemsHeading'),
      item: (title: string, id: string, offsets: string) => t('asking.subscriptions.item', { title, id, offsets }),
    },
    unsubscribe: {
      item: (id: string) => t('asking.unsubscribe.item', { id }),
      noItem: (id: string) => t('asking.unsubscribe.noItem', { id }),
    },
    offsetsDefault: { events: t('asking.describe.offsetsEvents'), deadlines: t('asking.describe.offsetsDeadlines') },
    /** Extra help lines per command (the branch's additions to command.<name>.help). */
    more: (command: string): string[] => {
      const id = `asking.more.${command}`;
      return MORE.includes(command) ? t(id as MessageId).split('\n') : [];
    },
    nextReminder: (title: string, day: string, distance: string) => t('asking.nextWhat.reminder', { title, day, distance }),
  };
}
