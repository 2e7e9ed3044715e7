import type { Actor, ItemKind, Status } from '../calendar/schema.js';
import { ACTORS, SECRETARIAT_DOCUMENT } from '../calendar/schema.js';
import { isolateLatin, isRightToLeftLocale } from './bidi.js';
import { keptBy } from './kept-wording.js';
import { editingMessages } from './editing-messages.js';
import { messageKit } from './message-kit.js';
import { exportingMessages, slackMessages, teamsMessages } from './platform-messages.js';
import { reminderMessages } from './reminder-messages.js';
import type { MessageId, Translator } from './translator.js';
import { askingMessages } from './asking-messages.js';
import { bindIntakeMessages } from './intake-messages.js';

export { createTranslator, ICU_OPTIONS, simpleMessage, type Catalogue, type MessageId, type MessageValues, type Translator } from './translator.js';

/** How each /cwg command presents itself in "/cwg help". */
export interface CommandText {
  summary: string;
  usage: string;
  help: string[];
}

const STATUSES: Status[] = ['confirmed', 'tba', 'rescheduled', 'cancelled', 'done'];
const KINDS: ItemKind[] = ['event', 'deadline'];
const HELP_GROUPS = ['query', 'edit', 'reminders', 'export', 'other'];
export { EDIT_FORM_FIELDS } from './edit-form-fields.js';

/**
 * Builds the typed `Messages` object the code calls (msg.when.expected(approx), msg.error.notFound(id, …))
 * from a translator. Choices between wordings live here or in ICU select/plural; words live in catalogues.
 */
export function bindMessages(tr: Translator, lang = tr.locale.split('-')[0] ?? 'en') {
  const t = tr.t;
  const kit = messageKit(tr);
  const { q, sep, record } = kit;
  const direction = (days: number) => (days < 0 ? 'before' : days > 0 ? 'after' : 'same');
  const hasParagraph = (paragraph: string) => paragraph !== 'n/a';
  const rtl = isRightToLeftLocale(tr.locale);

  const commands: Record<string, CommandText | undefined> = {};
  const allIds = new Set(tr.ids());
  for (const id of allIds) {
    const m = /^command\.(.+)\.summary$/.exec(id);
    if (!m) continue;
    const name = m[1]!;
    const help = t(`command.${name}.help` as MessageId);
    // command.<name>.more: lines added to a command's help later, kept apart so the first text stays as translated
    const moreId = `command.${name}.more` as MessageId;
    const more = allIds.has(moreId) ? t(moreId) : '';
    const lines = [...(help ? help.split('\n') : []), ...(more ? more.split('\n') : [])];
    commands[name] = { summary: t(id), usage: t(`command.${name}.usage` as MessageId), help: lines };
  }
  // Item translations (title.fr=…) are taken by add and edit: one help line of their own, so the commands' help stays as translated.
  for (const name of ['add', 'edit']) commands[name]?.help.push(t('editing.translationsHelp'));

  const editing = editingMessages(kit);
  const reminders = reminderMessages(kit);
  const exporting = exportingMessages(kit);
  const slack = slackMessages(kit);
  const teams = teamsMessages(kit);

  // The --lang line joins the options, before -h/--help (kept as its own message so the usage text stays as translated).
  const usageLines = t('cli.usage').split('\n');
  const helpAt = usageLines.findIndex((l) => l.includes('--help'));
  usageLines.splice(helpAt >= 0 ? helpAt : usageLines.length, 0, t('cli.usageLang'));
  const cliUsage = usageLines.join('\n');
  const when = {
    tba: t('when.tba'),
    expected: (approx: string) => t('when.expected', { approx }),
    waitingFor: (wording: string, anchorTitle: string) => t('when.waitingFor', { wording, anchorTitle }),
    waitingForAnchor: (anchorTitle: string) => t('when.waitingForAnchor', { anchorTitle }),
    /** The anchor id names nothing in the calendar. */
    waitingForUnknown: (wording: string, anchor: string) => t('when.waitingForUnknown', { wording, anchor }),
    anchorUnknown: (anchor: string) => t('when.anchorUnknown', { anchor }),
    /** The anchor is in the calendar but cancelled. */
    waitingForCancelled: (wording: string, anchorTitle: string) => t('when.waitingForCancelled', { wording, anchorTitle }),
    anchorCancelled: (anchorTitle: string) => t('when.anchorCancelled', { anchorTitle }),
    endOfDayGeneva: (day: string) => t('when.endOfDayGeneva', { day }),
    atGeneva: (text: string) => t('when.atGeneva', { text }),
    inZone: (text: string, zone: string) => t('when.inZone', { text, zone }),
    /** The zone after a timed date: "Geneva, CET" or "America/New_York, EST" (abbr from Intl). */
    dayTime: (day: string, time: string) => t('when.dayTime', { day, time }),
    zoneLabel: (zone: string, abbr: string, isGeneva: boolean) => (isGeneva ? t('when.genevaZone', { abbr }) : t('when.zoneLabel', { zone, abbr })),
    anchored: (wording: string, anchorTitle: string) => t('when.anchored', { wording, anchorTitle }),
    /** A relative date without the report's words: "21 days before", "on the day of". */
    offset: (days: number) => t('when.offset', { direction: direction(days), n: Math.abs(days) }),
    offsetFrom: (days: number, anchor: string) => t('when.offsetFrom', { direction: direction(days), n: Math.abs(days), anchor }),
  };

  return {
    locale: tr.locale,
    /** Written right to left (Arabic): renderers isolate Latin tokens (src/i18n/bidi.ts). */
    rtl,
    /** Between a label and its value, in this language's typography ("Lieu : Genève", "地点：日内瓦"). */
    colon: t('punct.colon'),
    /** The language code these messages speak (the key they were chosen by: fr, zh…). */
    lang,
    /** /cwg language: what is in force and why, and its answers. `name` is a language's name in these messages' language. */
    language: {
      current: (name: string, code: string, why: string) => t('language.current', { name, code, why }),
      why: (rule: string, platform: string, locale: string) => t('language.why', { rule, platform, locale }),
      /** A surface's name in "your {platform} language setting" (product names stay; the console and the CLI are words). */
      platform: (platform: string) => t('language.platform', { platform }),
      channel: (set: boolean, name: string, code: string) => t('language.channel', { state: set ? 'set' : 'none', name, code }),
      setUser: (name: string, code: string) => t('language.setUser', { name, code }),
      setChannel: (name: string, code: string) => t('language.setChannel', { name, code }),
      clearedUser: (name: string, code: string, why: string) => t('language.clearedUser', { name, code, why }),
      clearedChannel: (name: string, code: string) => t('language.clearedChannel', { name, code }),
      unknown: (code: string, list: readonly string[]) => t('language.unknown', { code, list: list.join(sep) }),
      needsConversation: t('language.needsConversation'),
      hint: (codes: readonly string[]) => t('language.hint', { codes: codes.join(sep) }),
      notYet: (name: string) => t('language.notYet', { name }),
      badWords: t('language.badWords'),
    },
    /** Raw access by id, for code that names its message (errors with a code, form errors). */
    t,
    status: record(STATUSES, 'status') as Record<Status, string>,
    kind: record(KINDS, 'kind') as Record<ItemKind, string>,
    kindPlural: record(KINDS, 'kindPlural') as Record<ItemKind, string>,
    actor: record(ACTORS, 'actor') as Record<Actor, string>,
    label: record(
      [
        'when',
        'yourTime',
        'place',
        'organiser',
        'whoMustAct',
        'sendTo',
        'source',
        'status',
        'tags',
        'previously',
        'anchor',
        'review',
        'id',
        'link',
        'details',
        'revision',
      ],
      'label',
    ),
    when,
    /** "(event, confirmed)" after a title. */
    kindStatus: (kind: string, status: string) => t('label.kindStatus', { kind, status }),
    countdown: {
      now: t('countdown.now'),
      today: t('countdown.today'),
      tomorrow: t('countdown.tomorrow'),
      yesterday: t('countdown.yesterday'),
      inDays: keptBy((n: number) => t('countdown.inDays', { n })),
      daysAgo: keptBy((n: number) => t('countdown.daysAgo', { n })),
      inHours: keptBy((n: number) => t('countdown.inHours', { n })),
      hoursAgo: keptBy((n: number) => t('countdown.hoursAgo', { n })),
      ongoing: (endsIn: string) => t('countdown.ongoing', { endsIn }),
    },
    review: {
      printed: (printed: string, interpretation: string) => t('review.printed', { printed, interpretation }),
    },
    /** What is doubtful about a date beyond the date itself (src/calendar/doubts.ts). */
    doubts: {
      unverified: t('doubts.unverified'),
      dependsOn: (anchorTitle: string) => t('doubts.dependsOn', { anchorTitle }),
      extended: t('doubts.extended'),
      during: (eventTitle: string, dates: string) => t('doubts.during', { eventTitle, dates }),
      duringAnchor: t('doubts.duringAnchor'),
      hours: (dates: string, hours: string) => t('doubts.hours', { dates, hours }),
      review: {
        unverified: (printed: string, note: string) => t('doubts.review.unverified', { printed, note }),
        interpretation: (printed: string, reading: string) => t('doubts.review.interpretation', { printed, reading }),
        wording: (printed: string, reading: string) => t('doubts.review.wording', { printed, reading }),
      },
      neverDated: {
        heading: (period: string) => t('doubts.neverDated.heading', { period }),
        hint: t('doubts.neverDated.hint'),
        /** In answers that do not list them (next-deadline, next-event, upcoming); `command` is the listing that does. */
        count: (n: number, period: string, command: string) => t('doubts.neverDated.count', { n, period, command }),
      },
    },
    previously: (when: string, note?: string) => t('previously', { when, hasNote: note ? 'yes' : 'no', note: note ?? '' }),
    /** Items the secretariat added have no report paragraph ("n/a"): name the source alone. */
    source: keptBy((paragraph: string, document: string) => {
      // The stored marker of items the secretariat added is English data: name it in the caller's words.
      const doc = document === SECRETARIAT_DOCUMENT ? t('source.secretariat') : document;
      return hasParagraph(paragraph) ? t('source.paragraph', { paragraph, document: doc }) : doc;
    }),
    /** "§6.7.9" as renderers show it: only they use it, so right to left it is kept isolated, once per paragraph. */
    paragraph: keptBy((paragraph: string) => {
      const label = hasParagraph(paragraph) ? t('paragraph', { paragraph }) : '';
      return rtl ? isolateLatin(label) : label;
    }),
    /** The label of a document's link ("Document: https://…"). */
    documentLink: t('label.documentLink'),
    heading: {
      nextDeadline: t('heading.nextDeadline'),
      nextDeadlines: (n: number, day: string) => t('heading.nextDeadlines', { n: String(n), day }),
      nextEvent: t('heading.nextEvent'),
      nextEvents: (n: number, day: string) => t('heading.nextEvents', { n: String(n), day }),
      ongoing: t('heading.ongoing'),
      upcoming: (days: number) => t('heading.upcoming', { days: String(days) }),
      list: (kind: string, scope: 'upcoming' | 'past' | 'all') => t('heading.list', { kind, scope }),
      search: (words: string) => t('heading.search', { words }),
      show: (title: string) => t('heading.show', { title }),
      review: t('heading.review'),
    },
    filterSuffix: (filter: string) => (filter ? t('filterSuffix', { filter }) : ''),
    empty: {
      nothingUpcoming: (what: string, filter: string) => t('empty.nothingUpcoming', { what, filter }),
      mostRecent: (what: string) => t('empty.mostRecent', { what }),
      noneAtAll: (what: string, filter: string) => t('empty.noneAtAll', { what, filter }),
      howToAdd: t('empty.howToAdd'),
      upcomingWindow: (days: number, filter: string) => t('empty.upcomingWindow', { days: String(days), filter }),
      undatedCount: (n: number) => t('empty.undatedCount', { n }),
      searchNone: (words: string) => t('empty.searchNone', { words }),
      reviewNone: t('empty.reviewNone'),
      moreResults: (n: number) => t('empty.moreResults', { n: String(n) }),
      pastHint: t('empty.pastHint'),
    },
    error: {
      emptyInput: t('error.emptyInput'),
      tooLong: (max: number) => t('error.tooLong', { max: String(max) }),
      unknownCommand: (word: string, suggestion?: string) =>
        t('error.unknownCommand', { word, hasSuggestion: suggestion ? 'yes' : 'no', suggestion: suggestion ?? '' }),
      notFound: (id: string, suggestions: string[]) =>
        t('error.notFound', { id, hasSuggestions: suggestions.length ? 'yes' : 'no', suggestions: suggestions.map(q).join(t('list.or')) }),
      usage: (message: string, usage: string) => t('error.usage', { message, usage }),
      /** The action a refused command names ("Sorry, only the ITU secretariat can use "/cwg undo"."). */
      useCommand: (name: string) => t('error.useCommand', { name }),
      forbidden: (action: string) => t('error.forbidden', { action }),
      internal: t('error.internal'),
      writeRejected: t('error.writeRejected'),
      storeClosed: t('error.storeClosed'),
      unknownFilter: (word: string, tags: string[], actors: string[]) => t('error.unknownFilter', { word, tags: tags.join(sep), actors: actors.join(sep) }),
      /** `/cwg ics <word>`: neither an item's id nor a filter word; close ids when there are some. */
      unknownIdOrFilter: (word: string, suggestions: string[], tags: string[], actors: string[]) =>
        t('error.unknownIdOrFilter', {
          word,
          hasSuggestions: suggestions.length ? 'yes' : 'no',
          suggestions: suggestions.map(q).join(t('list.or')),
          tags: tags.join(sep),
          actors: actors.join(sep),
        }),
      badDays: (word: string) => t('error.badDays', { word }),
      missingId: t('error.missingId'),
      missingWords: t('error.missingWords'),
      noArguments: (command: string, what?: string) => t('error.noArguments', { command, hasWhat: what ? 'yes' : 'no', what: what ?? '' }),
      helpTakesOne: t('error.helpTakesOne'),
    },
    help: {
      intro: t('help.intro'),
      footer: t('help.footer'),
      heading: t('help.heading'),
      groups: record(HELP_GROUPS, 'help.group') as Record<string, string>,
      unknownTopic: (topic: string) => t('help.unknownTopic', { topic }),
      also: (aliases: string[]) => t('help.also', { aliases: aliases.join(sep) }),
    },
    consoleBanner: t('consoleBanner'),
    /** The `cwg` command line's own words (the replies are the bot's, above). */
    cli: {
      usage: cliUsage,
      badOption: (problem: string) => t('cli.badOption', { problem, usage: cliUsage }),
      noCommand: t('cli.noCommand'),
      badNow: (value: string) => t('cli.badNow', { value }),
      badTz: (value: string) => t('cli.badTz', { value }),
      badLang: (value: string, codes: readonly string[]) => t('cli.badLang', { value, codes: codes.join(sep) }),
      failed: (message: string) => t('cli.failed', { message }),
      /** backup, restore, migrate-data (branch pg). */
      data: {
        usage: t('cli.data.usage'),
        contents: (c: { items: number; audit: number; subscriptions: number; deliveries: number }) => t('cli.data.contents', { ...c }),
        backedUp: (source: string, file: string, contents: string) => t('cli.data.backedUp', { source, file, contents }),
        restored: (target: string, file: string, contents: string) => t('cli.data.restored', { target, file, contents }),
        copied: (source: string, target: string, contents: string) => t('cli.data.copied', { source, target, contents }),
        notEmpty: (target: string, contents: string) => t('cli.data.notEmpty', { target, contents }),
        missing: (source: string) => t('cli.data.missing', { source }),
        noBackup: (file: string) => t('cli.data.noBackup', { file }),
        needFile: (command: string) => t('cli.data.needFile', { command }),
        needFromTo: t('cli.data.needFromTo'),
      },
    },
    /** What the operator reads when startup or a CLI run stops (src/i18n/startup-errors.ts). */
    startup: {
      cannotStart: (reason: string) => t('startup.cannotStart', { reason }),
      dataPath: (problem: 'notAFolder' | 'isAFolder' | 'cannotCreate' | 'notWritable' | 'noAccess', v: { file: string; dir: string; reason: string }) =>
        t(`startup.dataPath.${problem}`, v),
      platformAuth: (platform: string, variable: string, reason: string) => t('startup.platformAuth', { platform, variable, reason }),
      unexpected: (message: string) => t('startup.unexpected', { message }),
      rehearsalCopy: (file: string, scratch: string) => t('startup.rehearsalCopy', { file, scratch }),
      portInUse: (port: string, reason: string) => t('startup.portInUse', { port, reason }),
    },
    /** "/cwg help" texts by command name. */
    commands,
    editing,
    reminders,
    exporting,
    slack,
    teams,
    asking: askingMessages(t),
    intake: bindIntakeMessages(tr),
  };
}

export type Messages = ReturnType<typeof bindMessages>;
