import type { MessageKit } from './message-kit.js';
import type { MessageId } from './translator.js';

/** How a form field is named in commands (field=value) and in messages: command words, the same in every language. */
const FIELD_LABEL: Record<string, string> = { sendTo: 'send-to', notes: 'notes', who: 'who' };
const fieldLabel = (field: string) => FIELD_LABEL[field] ?? field;

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

/** Words of the secretariat's editing: fields, dates, confirmations, history, imports into the calendar. */
export function editingMessages({ t, sep, record, examples }: MessageKit) {
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
    /** The heading of a calendar JSON import's problems (the file, or its items): no change was asked for. */
    invalidImport: t('editing.invalidImport'),
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
  return editing;
}
