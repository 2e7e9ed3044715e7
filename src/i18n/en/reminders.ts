/** Wording for the reminders features (part of the English catalogue, see ../en.ts). */
export const reminders = {
  heading: {
    event: (when: string, title: string) => `Reminder: ${title} starts ${when}`,
    deadline: (when: string, title: string) => `Reminder: ${title} is due ${when}`,
    digest: (n: number, days: number) => `Weekly digest: ${n === 1 ? '1 item' : `${n} items`} in the next ${days} days`,
    added: (title: string) => `New in the calendar: ${title}`,
    rescheduled: (title: string) => `Rescheduled: ${title}`,
    cancelled: (title: string) => `Cancelled: ${title}`,
    reinstated: (title: string) => `Back in the calendar (no longer cancelled): ${title}`,
    announced: (title: string) => `Date announced: ${title}`,
    removed: (title: string) => `Removed from the calendar: ${title}`,
  },
  batch: {
    heading: (n: number) => `Calendar updated: ${n} changes to what this channel follows`,
    line: (what: string, id: string, wasNow: [string, string] | undefined, when: string | undefined) =>
      `• ${what} (${id})${wasNow ? `: was ${wasNow[0]}, now ${wasNow[1]}` : when ? `: ${when}` : ''}`,
    more: (n: number) => `…and ${n} more ("/cwg upcoming" lists what is next).`,
  },
  offset: (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`),
  wasNow: (was: string, now: string) => [`Was: ${was}`, `Now: ${now}`],
  details: (id: string) => `Details: /cwg show ${id}`,
  addToCalendar: (id: string) => `Add to your calendar: /cwg ics ${id}`,
  delayed: (dueAt: string) => `(delayed: this was due ${dueAt} and is sent late)`,
  footer: 'You get this because this channel subscribed ("/cwg subscriptions" shows what and when; "/cwg unsubscribe" stops it).',
  subscribe: {
    needsConversation: 'Run this in the channel or chat that should get the reminders.',
    done: (what: string) => `This channel will get reminders: ${what}.`,
    updated: (what: string) => `Updated this channel's reminders: ${what}.`,
    usage: 'subscribe [all | events | deadlines] [tag | who-must-act …] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest on|off]',
    badTime: (word: string) => `"${word}" is not a time of day; use HH:MM, for example "at 08:30".`,
    badZone: (word: string) => `"${word}" is not an IANA time zone; use a name like Europe/Zurich or America/New_York.`,
    badOffsets: (word: string, bad: string[]) =>
      `${bad.length ? `${bad.map((b) => `"${b}"`).join(' and ')} in "${word}" ${bad.length === 1 ? 'is not a number of days' : 'are not numbers of days'} before the item` : `"${word}" is not a list of up to 10 offsets`}; use for example "offsets 14d,3d,1d" (0d = on the day, up to 365d).`,
    badDigest: (word: string) => `After "digest" write "on" or "off", not "${word}".`,
    missingValue: (word: string) => `"${word}" needs a value after it.`,
    manage: '"/cwg subscriptions" shows what this channel gets and when; "/cwg unsubscribe" stops it.',
    slackInvite: 'The bot posts the reminders itself: if it is not in this channel yet, add it with "/invite @CWG calendar" (a channel it cannot post in is unsubscribed at the first reminder).',
  },
  describe: {
    scope: { all: 'events and deadlines', events: 'events', deadlines: 'deadlines' } as Record<string, string>,
    filter: (words: string) => ` about ${words}`,
    at: (time: string, tz: string) => `at ${time} ${tz}`,
    offsetsDefault: 'events 30, 7 and 1 days before they start; deadlines 7 and 1 days before and on the morning of the due day',
    offsets: (days: number[]) => {
      const before = days.filter((d) => d > 0);
      const list = before.length > 1 ? `${before.slice(0, -1).join(', ')} and ${before.at(-1)}` : before.join('');
      const parts = before.length ? [`${list} day${before.length === 1 && before[0] === 1 ? '' : 's'} before`] : [];
      if (days.includes(0)) parts.push('on the morning of the day');
      return parts.join(' and ');
    },
    digest: (on: boolean) => (on ? 'weekly digest on Mondays' : 'no weekly digest'),
    line: (scope: string, filter: string, at: string, offsets: string, digest: string) => `${scope}${filter}, ${at}; ${offsets}; ${digest}`,
  },
  unsubscribe: {
    done: 'This channel will no longer get reminders.',
    notSubscribed: 'This channel was not subscribed to reminders.',
  },
  subscriptions: {
    none: 'This channel gets no reminders. "/cwg subscribe" starts them (events and deadlines, 09:00 Geneva time).',
    heading: 'Reminders in this channel',
    current: (what: string) => `This channel gets ${what}.`,
    next: (when: string, what: string) => `Next reminder: ${when}, ${what}.`,
    atGeneva: (when: string) => `${when} Geneva time`,
    atZoneAndGeneva: (when: string, zone: string, geneva: string) => `${when} ${zone} (${geneva} Geneva time)`,
    nextNone: 'Nothing is planned in the coming year for what this channel follows.',
    allHeading: (n: number) => `${n === 1 ? '1 channel is' : `${n} channels are`} subscribed`,
    allLine: (where: string, what: string) => `• ${where}: ${what}`,
    allHint: 'Secretariat: "/cwg subscriptions all" lists every subscribed channel.',
  },
  nextWhat: {
    reminder: (title: string, offset: string) => `${title} (${offset})`,
    digest: 'the weekly digest',
    notice: 'a change notice',
  },
  deliveries: {
    usage: 'deliveries [failed | retry <key> | retry all]',
    status: (lastTick: string, confirmed: number, failed: number, subs: number) =>
      `Reminder delivery: last run ${lastTick}; ${subs === 1 ? '1 subscribed channel' : `${subs} subscribed channels`}; ${confirmed === 1 ? '1 delivery' : `${confirmed} deliveries`} on record; ${failed} failed.`,
    neverRan: 'never',
    noneFailed: 'No failed deliveries.',
    failedHeading: (n: number) => `${n === 1 ? '1 failed delivery' : `${n} failed deliveries`}`,
    failedLine: (key: string, where: string, attempts: number, error: string, at: string, retrying: boolean) =>
      `• ${key}\n  to ${where}, ${attempts} attempts, last error "${error}" at ${at}${retrying ? ' (retry requested)' : ''}`,
    retryHint: '"/cwg deliveries retry <key>" or "/cwg deliveries retry all" sends them again at the next run (within a minute).',
    retried: (n: number) => `${n === 1 ? '1 delivery' : `${n} deliveries`} will be retried at the next run (within a minute).`,
    unknownKey: (key: string) => `No failed delivery has the key "${key}". "/cwg deliveries failed" lists them.`,
  },
};
