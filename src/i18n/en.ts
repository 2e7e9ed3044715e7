import type { Actor, ItemKind, Status } from '../calendar/schema.js';
import { type CommandText, commandText } from './en/commands.js';
import { editing } from './en/editing.js';
import { exporting } from './en/export.js';
import { reminders } from './en/reminders.js';
import { slack } from './en/slack.js';
import { teams } from './en/teams.js';

function hasParagraph(paragraph: string): boolean {
  return paragraph !== 'n/a';
}

/**
 * Every user-facing sentence lives here, so other UN languages can be added as sibling
 * catalogues without touching commands. Values are plain text; renderers add formatting.
 */
export const en = {
  locale: 'en-GB',
  status: {
    confirmed: 'confirmed',
    tba: 'date to be announced',
    rescheduled: 'rescheduled',
    cancelled: 'cancelled',
    done: 'done',
  } satisfies Record<Status, string>,
  kind: { event: 'event', deadline: 'deadline' } satisfies Record<ItemKind, string>,
  kindPlural: { event: 'events', deadline: 'deadlines' } satisfies Record<ItemKind, string>,
  actor: {
    secretariat: 'the secretariat',
    members: 'members',
    chair: 'the Chair',
    'all-stakeholders': 'all stakeholders',
    sectors: 'the ITU Sectors',
    councillors: 'councillors',
    // issue 15 (truth): new words
    'council-chair': 'the Chair of ITU Council',
  } satisfies Record<Actor, string>,
  label: {
    when: 'When',
    yourTime: 'Your time',
    place: 'Place',
    organiser: 'Organiser',
    whoMustAct: 'Who must act',
    sendTo: 'Send to',
    source: 'Source',
    status: 'Status',
    tags: 'Tags',
    previously: 'Previously',
    anchor: 'Tied to',
    review: 'Check',
    id: 'id',
    link: 'Link',
    details: 'Details',
  },
  when: {
    tba: 'date to be announced',
    expected: (approx: string) => `expected ${approx}`,
    waitingFor: (wording: string, anchorTitle: string) => `${wording}: ${anchorTitle} has no date yet`,
    endOfDayGeneva: (day: string) => `by ${day}, end of day (Geneva)`,
    atGeneva: (text: string) => `${text} Geneva time`,
    inZone: (text: string, zone: string) => `${text} (${zone})`,
    anchored: (wording: string, anchorTitle: string) => `${wording} (moves with ${anchorTitle})`,
    /** A relative date without the report's words: "21 days before", "on the day of". */
    offset: (days: number) => {
      const n = Math.abs(days);
      return days === 0 ? 'on the day of' : `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'}`;
    },
    offsetFrom: (days: number, anchor: string) => (days === 0 ? `on the day of ${anchor}` : `${en.when.offset(days)} ${anchor}`),
  },
  countdown: {
    now: 'now',
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    inDays: (n: number) => `in ${n} days`,
    daysAgo: (n: number) => `${n} days ago`,
    inHours: (n: number) => (n === 1 ? 'in 1 hour' : `in ${n} hours`),
    hoursAgo: (n: number) => (n === 1 ? '1 hour ago' : `${n} hours ago`),
    ongoing: (endsIn: string) => `under way, ends ${endsIn}`,
  },
  review: {
    printed: (printed: string, interpretation: string) => `date as printed in the report: "${printed}" · our reading: ${interpretation}`,
  },
  previously: (when: string, note?: string) => (note ? `${when} (${note})` : when),
  /** Items the secretariat added have no report paragraph ("n/a"): name the source alone. */
  source: (paragraph: string, document: string) => (hasParagraph(paragraph) ? `§${paragraph}, ${document}` : document),
  paragraph: (paragraph: string) => (hasParagraph(paragraph) ? `§${paragraph}` : ''),
  heading: {
    nextDeadline: 'Next deadline',
    nextDeadlines: (n: number, day: string) => `Next deadlines: ${n} due ${day}`,
    nextEvent: 'Next event',
    nextEvents: (n: number, day: string) => `Next events: ${n} starting ${day}`,
    ongoing: 'Happening now',
    upcoming: (days: number) => `Coming up in the next ${days} days`,
    list: (kind: string, scope: 'upcoming' | 'past' | 'all') =>
      scope === 'past' ? `Past ${kind}` : scope === 'all' ? `All ${kind}` : `Upcoming ${kind}`,
    search: (words: string) => `Search: ${words}`,
    show: (title: string) => title,
    review: 'Items flagged for review',
  },
  filterSuffix: (filter: string) => (filter ? ` matching "${filter}"` : ''),
  empty: {
    nothingUpcoming: (what: string, filter: string) => `Nothing upcoming: no ${what}${filter} ahead in the calendar.`,
    mostRecent: (what: string) => `The most recent ${what} was:`,
    noneAtAll: (what: string, filter: string) => `There are no ${what}${filter} in the calendar.`,
    howToAdd:
      'The secretariat adds new items with "/cwg add event …" or "/cwg add deadline …", or announces a date with "/cwg announce <id> <date>".',
    upcomingWindow: (days: number, filter: string) => `Nothing in the next ${days} days${filter}.`,
    undatedCount: (n: number) => (n === 1 ? '1 more item has no date yet ("/cwg events" lists it).' : `${n} more items have no date yet ("/cwg events" and "/cwg deadlines" list them).`),
    searchNone: (words: string) => `Nothing in the calendar matches "${words}". Try fewer or other words, a tag (igf, cstd, wsis20…) or "/cwg events all".`,
    reviewNone: 'No items are flagged for review.',
    moreResults: (n: number) => `${n} more; add words to narrow the search.`,
    pastHint: 'Add "past" to see items that are over, or "all" for everything.',
  },
  error: {
    emptyInput: 'Type a command after /cwg, for example "/cwg next-deadline". "/cwg help" lists them all.',
    tooLong: (max: number) => `That command is too long (more than ${max} characters). Shorten it and try again.`,
    unknownCommand: (word: string, suggestion?: string) =>
      `"${word}" is not a /cwg command.${suggestion ? ` Did you mean "${suggestion}"?` : ''} "/cwg help" lists the commands.`,
    notFound: (id: string, suggestions: string[]) =>
      `No item has the id "${id}".${suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''} "/cwg search <words>" finds items by name.`,
    usage: (message: string, usage: string) => `${message}\nUsage: ${usage}`,
    /** The action a refused command names ("Sorry, only the ITU secretariat can use "/cwg undo"."). */
    useCommand: (name: string) => `use "/cwg ${name}"`,
    forbidden: (action: string) =>
      `Sorry, only the ITU secretariat can ${action}. Please ask the CWG-WSIS&SDG secretariat to make this change.`,
    internal: 'Something went wrong on our side; nothing was changed. Please try again, and tell the secretariat if it keeps happening.',
    unknownFilter: (word: string, tags: string[], actors: string[]) =>
      `"${word}" is neither a tag nor who must act. Tags: ${tags.join(', ')}. Who must act: ${actors.join(', ')}.`,
    badDays: (word: string) => `"${word}" is not a number of days between 1 and 3660.`,
    missingId: 'Give the id of an item, for example "/cwg show igf-2025". "/cwg search <words>" finds ids.',
    missingWords: 'Give one or more words to search for, for example "/cwg search igf".',
    noArguments: (command: string, what?: string) => `${command} takes no arguments${what ? `: ${what}` : ''}.`,
    helpTakesOne: 'help takes at most one command name.',
  },
  help: {
    intro: 'CWG-WSIS&SDG calendar bot: events and action deadlines of the Council Working Group on WSIS and the SDGs.',
    footer:
      'Dates are in Geneva time (and yours when it differs). A date-only deadline is due at the end of that day, Geneva time. "/cwg help <command>" explains one command.',
    heading: 'Commands',
    groups: { query: 'Ask', edit: 'Secretariat', reminders: 'Reminders', export: 'Calendar export', other: 'Other' } as Record<string, string>,
    unknownTopic: (topic: string) => `There is no command "${topic}". "/cwg help" lists them all.`,
    also: (aliases: string[]) => `Also: ${aliases.join(', ')}`,
  },
  consoleBanner: 'CWG-WSIS&SDG bot, console chat. Type "/cwg help" (or just "help"); Ctrl-D to leave.',
  /** The `cwg` command line's own words (the replies are the bot's, above). */
  cli: {
    usage: `Usage: npx cwg <command words> [options]

Prints what "/cwg <command words>" would reply, as plain text.

Options:
  --now ISO-8601   run as if at that instant (e.g. 2025-03-01T09:00:00+01:00)
  --json           print the reply model as JSON ({ text, items, ... })
  --data FILE      the data file (default: $CWG_DATA_FILE or data/cwg.db.json)
  --tz ZONE        your IANA time zone, to see dates in it too (e.g. America/New_York)
  -y, --confirm    confirm a date far in the past or ahead (same as the word "confirm")
  --user ID        run as this chat user, with that user's role (Slack U…, Teams object id;
                   prefix slack: or teams: to be explicit). Without it you act as the secretariat.
  -h, --help       this help

Examples:
  npx cwg next-deadline
  npx cwg upcoming 60 --now 2025-02-15T09:00:00+01:00
  npx cwg show igf-2025 --json
  npx cwg help            (the bot's own command list)

Exit status: 0 on success, 2 on a usage error, 1 on any other error.`,
    badOption: (problem: string) => `cwg: ${problem}\n\n${en.cli.usage}`,
    noCommand: 'cwg: no command given.',
    badNow: (value: string) => `cwg: --now "${value}" is not an ISO 8601 instant; try e.g. 2025-03-01T09:00:00+01:00`,
    badTz: (value: string) => `cwg: --tz "${value}" is not an IANA time zone; try e.g. Europe/Zurich or America/New_York`,
    failed: (message: string) => `cwg: ${message}`,
  },
  /** "/cwg help" texts by command name (commands not listed fall back to their own). */
  commands: commandText as Record<string, CommandText | undefined>,
  editing,
  reminders,
  exporting,
  slack,
  teams,
  // issue 15 (truth): new words
  doubts: {
    /** Appended to the date of an item whose date is kept but not verified. */
    unverified: 'date not verified',
    /** Appended to the date of an item counted from an unverified date. */
    dependsOn: (anchorTitle: string) => `date depends on the unverified date of ${anchorTitle}`,
    /** Appended to the date of a deadline the source calls extended. */
    extended: 'extended deadline',
    /** An item inside a known event, on days the source does not give. */
    during: (eventTitle: string, dates: string) => `during ${eventTitle}, ${dates}`,
    /** The anchor line of such an item when the source has no words for it. */
    duringAnchor: 'during',
    /** The source's words on the hours of an all-day item, after the dates. */
    hours: (dates: string, hours: string) => `${dates} (${hours})`,
    /** A review flag by kind (the "date" kind keeps review.printed). */
    review: {
      unverified: (printed: string, note: string) => `date not verified: "${printed}" · ${note}`,
      interpretation: (printed: string, reading: string) => `the report says "${printed}" · our reading: ${reading}`,
      wording: (printed: string, reading: string) => `unclear in the report: "${printed}" · our reading: ${reading}`,
    },
    /** Undated items whose expected period is over. */
    neverDated: {
      heading: (period: string) => `Expected in ${period}, never dated`,
      hint: 'For the secretariat: give each (or the item it waits for) a date with "/cwg announce <id> <date>", or close it with "/cwg done <id>" or "/cwg cancel <id>".',
      /** In answers that do not list them (next-deadline, next-event, upcoming). */
      count: (n: number, period: string, command: string) =>
        n === 1
          ? `1 item expected in ${period} was never dated ("/cwg ${command}" lists it).`
          : `${n} items expected in ${period} were never dated ("/cwg ${command}" lists them).`,
    },
  },
};

export type Messages = typeof en;
