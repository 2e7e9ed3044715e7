import { keptBy } from './kept-wording.js';
import { EDIT_FORM_FIELDS } from './edit-form-fields.js';
import type { MessageKit } from './message-kit.js';

/** Words of calendar files and of the Slack and Teams surfaces (buttons, App Home, cards, forms). */
export function exportingMessages({ t, sep }: MessageKit) {
  return {
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
}

export function slackMessages({ t, record }: MessageKit) {
  return {
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
}

export function teamsMessages({ t, record }: MessageKit) {
  return {
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
}
