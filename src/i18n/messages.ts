import { IntlMessageFormat } from 'intl-messageformat';
import type { Actor, ItemKind, Status } from '../calendar/schema.js';
import { ACTORS, SECRETARIAT_DOCUMENT } from '../calendar/schema.js';
import { isRightToLeftLocale } from './bidi.js';
import { keptBy } from './kept-wording.js';
import en from './catalogues/en.js';
import { askingMessages } from './asking-messages.js';
import { bindIntakeMessages } from './intake-messages.js';

/** Every message id the bot knows: the English catalogue is the reference. */
export type MessageId = keyof typeof en;
/** A language's catalogue: may be partial while it is being translated (missing ids fall back to English). */
export type Catalogue = Partial<Record<MessageId, string>>;
/** The value a placeholder takes: text or a number (plural and select arguments). */
export type MessageValues = Record<string, string | number>;

/** How each /cwg command presents itself in "/cwg help". */
export interface CommandText {
  summary: string;
  usage: string;
  help: string[];
}

/** How a form field is named in commands (field=value) and in messages: command words, the same in every language. */
const FIELD_LABEL: Record<string, string> = { sendTo: 'send-to', notes: 'notes', who: 'who' };
const fieldLabel = (field: string) => FIELD_LABEL[field] ?? field;

const STATUSES: Status[] = ['confirmed', 'tba', 'rescheduled', 'cancelled', 'done'];
const KINDS: ItemKind[] = ['event', 'deadline'];
const HELP_GROUPS = ['query', 'edit', 'reminders', 'export', 'other'];
const VERBS = ['add', 'edit', 'reschedule', 'announce', 'cancel', 'done', 'undo', 'import'];
const ACTIONS = ['add', 'edit', 'reschedule', 'announce', 'cancel', 'done', 'import'];
const EDIT_USAGES = ['add', 'edit', 'reschedule', 'announce', 'cancel', 'done', 'history', 'import'] as const;
const DATE_PROBLEMS = [
  'empty',
  'tooLong',
  'notMonth',
  'offsetTooLarge',
  'rangeBackwards',
  'timesOnRange',
  'timeBackwards',
  'ambiguous',
  'notZone',
  'unreadableTime',
  'notTime',
  'noYear',
  'unreadable',
  'notReal',
  'hoursOnDates',
  'ambiguousZone',
] as const;
/** The fields of the secretariat's Teams edit card, in order (src/render/teams-forms.ts renders them): one list for labels and form. */
export const EDIT_FORM_FIELDS = [
  'title',
  'date',
  'status',
  'place',
  'who',
  'tags',
  'sendTo',
  'url',
  'source',
  'document',
  'link',
  'organiser',
  'notes',
  'translations',
] as const;

/** ICU options shared by compilation and the placeholder checks: `<id>` in usage lines is text, not a tag. */
export const ICU_OPTIONS = { ignoreTag: true } as const;

/** Formats message ids of one catalogue; each message is compiled once, on first use, and kept. */
export interface Translator {
  /** The Intl locale (with its numbering system pinned) to format dates and numbers. */
  readonly locale: string;
  t(id: MessageId, values?: MessageValues): string;
  /** Ids this catalogue has (its own or English), e.g. to list the commands it describes. */
  ids(): MessageId[];
}

export function createTranslator(catalogue: Catalogue, wrap?: (text: string, id: MessageId) => string): Translator {
  const source = (id: MessageId): string => catalogue[id] ?? en[id];
  const base = source('meta.locale');
  const nu = source('meta.numberingSystem');
  const locale = nu && !base.includes('-u-') ? `${base}-u-nu-${nu}` : base;
  const compiled = new Map<MessageId, IntlMessageFormat | SimpleMessage | string>();
  const icu = (text: string) => new IntlMessageFormat(text, locale, undefined, ICU_OPTIONS);
  // A message without braces or apostrophes has no ICU syntax (tags are text, ICU_OPTIONS): it is its own
  // output, so it skips the parser. bindMessages reads hundreds of these at start (a third of `cwg`'s start).
  // One whose only syntax is plain `{name}` arguments and `''` (most of them) skips it too while its values are text.
  const compile = (id: MessageId): IntlMessageFormat | SimpleMessage | string => {
    let m = compiled.get(id);
    if (m === undefined) {
      const text = source(id);
      const simple = /[{}']/.test(text) ? simpleMessage(text) : undefined;
      if (!/[{}']/.test(text)) m = text;
      // no argument: the join is always a string
      else if (simple && !/[{}]/.test(text)) m = simple.format() ?? text;
      else m = simple ?? icu(text);
      compiled.set(id, m);
    }
    return m;
  };
  const format = (m: IntlMessageFormat | SimpleMessage, values?: MessageValues): string => {
    if (m instanceof IntlMessageFormat) return String(m.format(values));
    const text = m.format(values);
    if (text !== undefined) return text;
    // A number (formatted in the locale's digits) or a missing value (ICU's own error): the full formatter.
    m.full ??= icu(m.text);
    return String(m.full.format(values));
  };
  return {
    locale,
    t(id, values) {
      const m = compile(id);
      const text = typeof m === 'string' ? m : format(m, values);
      return wrap ? wrap(text, id) : text;
    },
    ids: () => Object.keys(en) as MessageId[],
  };
}

/** A message whose only ICU syntax is `{name}` arguments: literal text and names, alternating. */
interface SimpleMessage {
  text: string;
  /** The text with every argument's string value in place; undefined when a value is missing or not text. */
  format(values?: MessageValues): string | undefined;
  /** The ICU formatter, built the first time a value is not text. */
  full?: IntlMessageFormat;
}

const SIMPLE_MESSAGE = /^(?:[^{}']|'(?![{}<>])|\{[A-Za-z_][A-Za-z0-9_]*\})*$/;

/**
 * With ICU_OPTIONS, `{name}` given a string is that string, `''` is one apostrophe, and every other character
 * of a message without other braces is literal as long as no apostrophe stands before a brace or an angle
 * bracket (that would start quoted text), so such a message is a join (tests/i18n/simple-messages.test.ts
 * checks every catalogue's messages against IntlMessageFormat).
 */
export function simpleMessage(text: string): SimpleMessage | undefined {
  if (!SIMPLE_MESSAGE.test(text)) return undefined;
  const parts = text.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/).map((p, i) => (i % 2 ? p : p.replaceAll("''", "'")));
  return {
    text,
    format(values) {
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const v = values?.[parts[i]!];
        if (typeof v !== 'string') return undefined;
        out += v + parts[i + 1]!;
      }
      return out;
    },
  };
}

/**
 * Builds the typed `Messages` object the code calls (msg.when.expected(approx), msg.error.notFound(id, …))
 * from a translator. Choices between wordings live here or in ICU select/plural; words live in catalogues.
 */
export function bindMessages(tr: Translator, lang = tr.locale.split('-')[0] ?? 'en') {
  const t = tr.t;
  const q = (text: string) => t('quote', { text });
  const sep = t('list.separator');
  /** "a, b and c" in the catalogue's words. */
  const listAnd = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(sep)}${t('list.and')}${items.at(-1)}` : (items[0] ?? ''));
  const record = <K extends string>(keys: readonly K[], prefix: string): Record<K, string> =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}` as MessageId)])) as Record<K, string>;
  // The date reader names alternative examples joined by " or " (src/editing/parse-date.ts): join them in the catalogue's words.
  const examples = (example: string) => example.split(' or ').join(t('list.or'));
  const direction = (days: number) => (days < 0 ? 'before' : days > 0 ? 'after' : 'same');
  const hasParagraph = (paragraph: string) => paragraph !== 'n/a';

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

  const editing = {
    fieldLabel,
    field: {
      mustBeText: t('editing.field.mustBeText'),
      empty: t('editing.field.empty'),
      tooLong: (n: number, limit: number) => t('editing.field.tooLong', { n: String(n), limit: String(limit) }),
      noLinks: t('editing.field.noLinks'),
      badDate: (problem: string, example: string) => t('editing.field.badDate', { problem, example: examples(example) }),
      notADate: t('editing.field.notADate'),
      badActor: (word: string, actors: readonly string[]) => t('editing.field.badActor', { word, actors: actors.join(sep) }),
      badTag: (word: string) => t('editing.field.badTag', { word }),
      tooManyTags: t('editing.field.tooManyTags'),
      badSendTo: t('editing.field.badSendTo'),
      badUrl: t('editing.field.badUrl'),
      badSource: t('editing.field.badSource'),
      badStatus: (statuses: readonly string[]) => t('editing.field.badStatus', { statuses: statuses.join(sep) }),
      badKind: t('editing.field.badKind'),
      badReview: t('editing.field.badReview'),
      badId: t('editing.field.badId'),
      idTaken: (id: string) => t('editing.field.idTaken', { id }),
      needTitle: t('editing.field.needTitle'),
      needDate: t('editing.field.needDate'),
      noDateYet: (id: string) => t('editing.field.noDateYet', { id }),
      sameDate: (id: string) => t('editing.field.sameDate', { id }),
      anchored: (id: string, anchor: string) => t('editing.field.anchored', { id, anchor }),
      hasDate: (id: string) => t('editing.field.hasDate', { id }),
      announceTba: t('editing.field.announceTba'),
      alreadyCancelled: (id: string) => t('editing.field.alreadyCancelled', { id }),
      alreadyDone: (id: string) => t('editing.field.alreadyDone', { id }),
      cancelledNotDone: (id: string) => t('editing.field.cancelledNotDone', { id }),
      reasonTooLong: (limit: number) => t('editing.field.reasonTooLong', { limit: String(limit) }),
      fileTooBig: (mb: number) => t('editing.field.fileTooBig', { mb: String(mb) }),
      fileNotJson: (position?: number) => t('editing.field.fileNotJson', { hasPosition: position ? 'yes' : 'no', position: String(position ?? '') }),
      fileShape: t('editing.field.fileShape'),
      fileTooManyItems: t('editing.field.fileTooManyItems'),
      duplicateId: (id: string) => t('editing.field.duplicateId', { id }),
      unsafeUrl: (field: string) => t('editing.field.unsafeUrl', { field }),
      itemLabel: (n: number, id?: string) => t('editing.field.itemLabel', { n: String(n), hasId: id ? 'yes' : 'no', id: id ?? '' }),
    },
    dateProblem: Object.fromEntries(DATE_PROBLEMS.map((p) => [p, (subject = '') => t(`editing.dateProblem.${p}`, { subject })])) as Record<
      (typeof DATE_PROBLEMS)[number],
      (subject?: string) => string
    >,
    farPast: (day: string) => t('editing.farPast', { day }),
    farAhead: (day: string) => t('editing.farAhead', { day }),
    importCodeStale: (code: string) => t('editing.importCodeStale', { code }),
    verb: record(VERBS, 'editing.verb') as Record<string, string>,
    /** An audit action code (add, reschedule, …) as history and conflicts name it. */
    actionName: (action: string) => (VERBS.includes(action) ? t(`editing.actionName.${action}` as MessageId) : action),
    changed: (verb: string, id: string) => t('editing.changed', { verb, id }),
    unchanged: (id: string) => t('editing.unchanged', { id }),
    movedHeading: (n: number, anchor: string) => t('editing.movedHeading', { n, anchor }),
    movedLine: (title: string, id: string, before: string, after: string) => t('editing.movedLine', { title, id, before, after }),
    undoHint: t('editing.undoHint'),
    actionNoun: record(ACTIONS, 'editing.actionNoun') as Record<string, string>,
    undone: (action: string, id: string, n: number) => t('editing.undone', { action: editing.actionNoun[action] ?? action, id, others: Math.max(0, n - 1) }),
    undoneImport: (n: number) => t('editing.undoneImport', { n }),
    undoneRemoved: (id: string, n: number) => t('editing.undoneRemoved', { id, others: Math.max(0, n - 1) }),
    invalid: t('editing.invalid'),
    invalidField: (field: string, message: string) => t('editing.invalidField', { field: fieldLabel(field), message }),
    conflict: (id: string, by: string | undefined, at: string | undefined, action: string | undefined) =>
      t('editing.conflict', {
        id,
        hasBy: by ? 'yes' : 'no',
        by: by ?? '',
        at: at ?? '',
        action: action ? editing.actionName(action) : t('editing.conflictChanged'),
      }),
    conflictNow: (summary: string) => t('editing.conflictNow', { summary }),
    conflictYours: (summary: string, fromRevision: number) => t('editing.conflictYours', { summary, fromRevision: String(fromRevision) }),
    conflictAgain: t('editing.conflictAgain'),
    confirmNeeded: (reason: string) => t('editing.confirmNeeded', { reason }),
    confirmCode: (reason: string) => t('editing.confirmCode', { reason }),
    undoWhat: t('editing.undoWhat'),
    exportWhat: t('editing.exportWhat'),
    undoNothing: t('editing.undoNothing'),
    undoBlocked: (id: string, by: string | undefined, at: string | undefined, action: string | undefined) =>
      t('editing.undoBlocked', { id, hasBy: by ? 'yes' : 'no', by: by ?? '', at: at ?? '', action: action ? editing.actionName(action) : '' }),
    undoGone: (id: string) => t('editing.undoGone', { id }),
    badDate: (message: string, example: string) => t('editing.badDate', { message, example: examples(example) }),
    revision: (n: number) => t('editing.revision', { n: String(n) }),
    atGeneva: (day: string, time: string) => t('editing.atGeneva', { day, time }),
    historyHeading: (id: string) => t('editing.historyHeading', { id }),
    historyNone: (id: string) => t('editing.historyNone', { id }),
    historyLine: (at: string, action: string, by: string, surface: string) => t('editing.historyLine', { at, action: editing.actionName(action), by, surface }),
    historyUndone: (by: string) => t('editing.historyUndone', { by }),
    historyReason: (reason: string) => t('editing.historyReason', { reason: editing.storedReason(reason) }),
    /**
     * An audit entry's reason: a person's words as typed, or one the bot wrote in its fixed stored
     * form ("moved with cwg-42", "undo of reschedule (a7)"), worded here in the caller's language.
     */
    storedReason: (reason: string): string => {
      const moved = /^moved with (\S+)$/.exec(reason);
      if (moved) return t('editing.reason.movedWith', { anchor: moved[1]! });
      const undo = /^undo of (\S+) \((\S+)\)$/.exec(reason);
      if (undo) return t('editing.reason.undoOf', { action: editing.actionName(undo[1]!), id: undo[2]! });
      return reason;
    },
    historyField: (field: string, before: string, after: string) => t('editing.historyField', { field: fieldLabel(field), before, after }),
    historyMoved: (before: string, after: string) => t('editing.historyMoved', { before, after }),
    nothingValue: t('editing.nothingValue'),
    reviewValue: (printed: string) => t('editing.reviewValue', { printed }),
    exported: (n: number, filename: string) => t('editing.exported', { n: String(n), filename }),
    importHeading: t('editing.importHeading'),
    importAdded: (n: number) => t('editing.importAdded', { n }),
    importChanged: (n: number) => t('editing.importChanged', { n }),
    importChangedLine: (id: string, fields: string[]) => t('editing.importChangedLine', { id, fields: fields.map(fieldLabel).join(sep) }),
    importAddedLine: (id: string, title: string) => t('editing.importAddedLine', { id, title }),
    importSame: (n: number, kept: number) => t('editing.importSame', { n, kept }),
    importConfirm: (again: string, code: string) => t('editing.importConfirm', { again, code }),
    importMore: (n: number) => t('editing.importMore', { n: String(n) }),
    importBadCode: t('editing.importBadCode'),
    importTooBig: (mb: number) => t('editing.field.fileTooBigReason', { mb: String(mb) }),
    importNothing: t('editing.importNothing'),
    importApplied: (added: number, changed: number) => t('editing.importApplied', { added: String(added), changed: String(changed) }),
    importNeedsSource: t('editing.importNeedsSource'),
    importPathLocalOnly: t('editing.importPathLocalOnly'),
    importUnreadable: (path: string, reason: string) => t('editing.field.fileUnreadable', { path, reason }),
    reviewIntro: t('editing.reviewIntro'),
    usage: record(EDIT_USAGES, 'editing.usage'),
    missingKind: t('editing.missingKind'),
    notAField: (word: string, allowed: string[]) => t('editing.notAField', { word, allowed: allowed.map(fieldLabel).join(sep) }),
    unknownField: (field: string, allowed: string[]) => t('editing.unknownField', { field, allowed: allowed.map(fieldLabel).join(sep) }),
    missingDate: t('editing.missingDate'),
    nothingToEdit: t('editing.nothingToEdit'),
    badRevision: t('editing.badRevision'),
    badTranslation: (field: string, codes: readonly string[]) => t('editing.badTranslation', { field, codes: codes.join(sep) }),
  };

  const reminders = {
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

  const exporting = {
    calendarName: t('export.calendarName'),
    calendarNameFiltered: (filter: string) => t('export.calendarNameFiltered', { filter }),
    calendarDescription: (document: string) => t('export.calendarDescription', { document }),
    leftOutTba: (n: number) => t('export.leftOutTba', { n }),
    deadlineSummary: (title: string) => t('export.deadlineSummary', { title }),
    cancelledSummary: (summary: string) => t('export.cancelledSummary', { summary }),
    deadlineAlarm: (title: string) => t('export.deadlineAlarm', { title }),
    deadlineDue: (when: string) => t('export.deadlineDue', { when }),
    statusLine: (status: string) => t('export.statusLine', { status }),
    sourceLine: (label: string, wording?: string) => t('export.sourceLine', { label, hasWording: wording ? 'yes' : 'no', wording: wording ?? '' }),
    moreLine: (id: string) => t('export.moreLine', { id }),
    fileHeading: t('export.fileHeading'),
    fileHeadingOne: (title: string) => t('export.fileHeadingOne', { title }),
    fileCount: (n: number, cancelled: number) => t('export.fileCount', { n, cancelled }),
    fileOneHint: t('export.fileOneHint'),
    fileOpenHint: t('export.fileOpenHint'),
    subscribeHint: (url: string) => t('export.subscribeHint', { url }),
    noSubscribeUrl: t('export.noSubscribeUrl'),
    nothingToExport: (filter: string) => t('export.nothingToExport', { filter }),
    itemUndated: (title: string) => t('export.itemUndated', { title }),
    savedTo: (path: string) => t('export.savedTo', { path }),
    saveFailed: (dir: string, reason: string) => t('export.saveFailed', { dir, reason }),
    /** Protocol text, not words: must stay identical to the shared HTTP server's 404 body, so a refused token reveals nothing. */
    feedNotFound: 'not found\n',
    feedBadQuery: (message: string) => t('export.feedBadQuery', { message }),
    feedUnknownParam: (name: string, value: string, allowed: string[]) => t('export.feedUnknownParam', { name, value, allowed: allowed.join(sep) }),
    feedOneItemId: t('export.feedOneItemId'),
    feedUnknownItem: (id: string) => t('export.feedUnknownItem', { id }),
    feedItemUndated: (id: string) => t('export.feedItemUndated', { id }),
    feedBusy: t('export.feedBusy'),
    exportDirUnsafe: (dir: string, reason: 'symlink' | 'notDirectory' | 'notFile' | 'notOwned' | 'writableByOthers') =>
      t('export.exportDirUnsafe', { dir, reason }),
  };

  const slack = {
    button: record(['details', 'subscribe', 'calendar', 'share', 'shareItem', 'edit', 'reschedule', 'cancel', 'markDone'], 'slack.button'),
    yourTime: keptBy((when: string) => t('slack.yourTime', { when })),
    sharedBy: (userMention: string) => t('slack.sharedBy', { user: userMention }),
    moreItems: (n: number) => t('slack.moreItems', { n: String(n) }),
    shareUsage: t('slack.shareUsage'),
    notMember: t('slack.notMember'),
    fileFailed: t('slack.fileFailed'),
    notSecretariat: t('slack.notSecretariat'),
    subscribeUnavailable: t('slack.subscribeUnavailable'),
    calendarUnavailable: t('slack.calendarUnavailable'),
    editingUnavailable: t('slack.editingUnavailable'),
    cancelConfirm: record(['title', 'text', 'confirm', 'deny'], 'slack.cancelConfirm'),
    doneConfirm: record(['title', 'text', 'confirm', 'deny'], 'slack.doneConfirm'),
    home: {
      ...record(['title', 'intro', 'deadlines', 'events', 'none', 'subscriptions', 'noSubscriptions', 'review', 'noReview', 'addButton'], 'slack.home'),
      zone: (tz: string) => t('slack.home.zone', { tz }),
    },
    modal: {
      ...record(
        [
          'addTitle',
          'editTitle',
          'rescheduleTitle',
          'cancelTitle',
          'doneTitle',
          'submit',
          'close',
          'kind',
          'kindEvent',
          'kindDeadline',
          'id',
          'idHint',
          'title',
          'start',
          'startHint',
          'end',
          'place',
          'whoMustAct',
          'paragraph',
          'paragraphHint',
          'note',
          'noteHint',
          'reason',
          'confirmAgain',
          'stale',
          'document',
          'documentHint',
          'link',
          'linkHint',
          'translations',
          'translationsHint',
        ],
        'slack.modal',
      ),
      saved: (title: string) => t('slack.modal.saved', { title }),
      confirmField: (reason: string) => t('slack.modal.confirmField', { reason }),
    },
  };

  const teams = {
    fact: {
      whenGeneva: t('teams.fact.whenGeneva'),
      yourTime: keptBy((tz: string) => t('teams.fact.yourTime', { tz })),
      yourTimeNoZone: t('teams.fact.yourTimeNoZone'),
    },
    button: record(['details', 'subscribe', 'edit', 'save', 'download', 'addToCalendar', 'document'], 'teams.button'),
    fileNotSent: t('teams.fileNotSent'),
    file: {
      offer: (filename: string) => t('teams.file.offer', { filename }),
      uploaded: (filename: string) => t('teams.file.uploaded', { filename }),
      uploadFailed: t('teams.file.uploadFailed'),
      declined: t('teams.file.declined'),
    },
    moreItems: (n: number) => t('teams.moreItems', { n: String(n) }),
    welcome: t('teams.welcome'),
    unknownSubmit: t('teams.unknownSubmit'),
    form: {
      title: (title: string) => t('teams.form.title', { title }),
      fieldError: (message: string) => t('teams.form.fieldError', { message }),
      ...record(['fixBelow', 'reason', 'reasonHint', 'confirm', 'dateHint', 'staleForm'], 'teams.form'),
      labels: record(EDIT_FORM_FIELDS, 'teams.form.labels'),
    },
  };

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
    rtl: isRightToLeftLocale(tr.locale),
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
    paragraph: keptBy((paragraph: string) => (hasParagraph(paragraph) ? t('paragraph', { paragraph }) : '')),
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
