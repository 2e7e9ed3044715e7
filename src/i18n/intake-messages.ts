import type { MessageId, MessageValues, Translator } from './messages.js';

type Data = Record<string, unknown>;

/** Words of `/cwg import`: the draft, its review, and why a file could not be read (codes from src/intake/files). */
export function bindIntakeMessages(tr: Translator) {
  const t = (id: string, values?: MessageValues) => tr.t(id as MessageId, values);
  const has = (id: string) => tr.ids().includes(id as MessageId);
  const sep = t('list.separator');
  /** Reader data → ICU values: lists joined, sizes in MB, everything else as text. */
  const values = (data: Data): MessageValues =>
    Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? v.map(String).join(sep) : typeof v === 'number' ? v : String(v ?? '')]));
  return {
    usage: t('intake.usage'),
    needFile: t('intake.needFile'),
    pathLocalOnly: t('intake.pathLocalOnly'),
    badNumbers: (word: string) => t('intake.badNumbers', { word }),
    badCode: t('intake.badCode'),
    nothingToEdit: t('intake.nothingToEdit'),
    /** The document name of calendar JSON pasted in the chat (no file, so no file name). */
    pasted: t('intake.pasted'),
    reading: (filename: string) => t('intake.reading', { filename }),
    readingPage: (filename: string, page: number, pages: number) => t('intake.readingPage', { filename, page: String(page), pages: String(pages) }),
    heading: (document: string) => t('intake.draft.heading', { document }),
    summary: (c: { add: number; change: number; unchanged: number; unread: number; accepted: number }) =>
      t('intake.draft.summary', Object.fromEntries(Object.entries(c).map(([k, v]) => [k, String(v)]))),
    group: (g: 'add' | 'change' | 'unchanged' | 'unread') => t(`intake.draft.group.${g}`),
    line: (v: { n: number; decision: string; kind: string; title: string; when: string; id: string }) =>
      t('intake.draft.line', { ...v, n: String(v.n), decision: t(`intake.draft.decision.${v.decision}`) }),
    unchangedLine: (n: number, title: string, id: string) => t('intake.draft.unchangedLine', { n: String(n), title, id }),
    changes: (fields: readonly string[]) => t('intake.draft.changes', { fields: fields.join(sep) }),
    /** The paragraph (row, calendar UID) and its sentence; a calendar event has no sentence, so no empty quotes. */
    evidence: (paragraph: string, sentence: string) =>
      sentence.trim() ? t('intake.draft.evidence', { paragraph, sentence }) : t('intake.draft.evidenceBare', { paragraph }),
    flag: (printed: string, interpretation: string, reason: string) => t('intake.draft.flag', { printed, interpretation, reason }),
    decision: (d: string) => t(`intake.draft.decision.${d}`),
    action: (a: string) => t(`intake.draft.action.${a}`),
    page: (page: number, pages: number) => t('intake.draft.page', { page: String(page), pages: String(pages) }),
    nextPage: (next: number) => t('intake.draft.nextPage', { next: String(next) }),
    howTo: t('intake.draft.howTo'),
    confirm: (n: number, code: string) => t('intake.draft.confirm', { n, code }),
    noneAccepted: t('intake.draft.noneAccepted'),
    nothingNew: t('intake.draft.nothingNew'),
    nothingUsable: t('intake.draft.nothingUsable'),
    nothingFound: t('intake.draft.nothingFound'),
    expires: (at: string) => t('intake.draft.expires', { at }),
    proposalHeading: (n: number, total: number, action: string, decision: string) =>
      t('intake.draft.proposalHeading', {
        n: String(n),
        total: String(total),
        action: t(`intake.draft.action.${action}`),
        decision: t(`intake.draft.decision.${decision}`),
      }),
    accepted: (n: number) => t('intake.accepted', { n }),
    rejected: (n: number) => t('intake.rejected', { n }),
    edited: (n: number) => t('intake.edited', { n: String(n) }),
    discarded: (document: string) => t('intake.discarded', { document }),
    noDraftToDiscard: t('intake.noDraftToDiscard'),
    applied: (document: string, added: number, changed: number) => t('intake.applied', { document, added: String(added), changed: String(changed) }),
    /** ImportDraftError reasons. */
    draftError: (reason: string, data: Data) => {
      const v = values(data);
      if (reason === 'anchorNotAccepted')
        return t('intake.error.anchorNotAccepted', { ...v, hasAnchorN: data.anchorN ? 'yes' : 'no', anchorN: String(data.anchorN ?? '') });
      return t(`intake.error.${reason}`, { document: '', code: '', ids: '', n: '', last: '', ...v });
    },
    /** A part of the file that could not be read (report sentence, row, calendar entry). */
    unread: (u: { code: string; where: string; field?: string; value?: string; example?: string; problem?: string }) => {
      const id = `intake.unread.${u.code}`;
      const v = {
        where: u.where,
        row: u.where.replace(/^R/, ''),
        field: u.field ?? '',
        value: u.value ?? '',
        example: u.example ?? '',
        problem: u.problem ?? '',
      };
      return has(id) ? t(id, v) : t('intake.unread.row.invalid', { ...v, problem: u.code });
    },
    warning: (code: string, data: Data) => {
      const id = `intake.warning.${code}`;
      return has(id) ? t(id, values(data)) : code;
    },
    /** FileReadError codes (src/intake/files/errors.ts). */
    fileError: (code: string, data: Data) => {
      const id = `intake.fileError.${code}`;
      const v = values(data);
      if (typeof data.bytes === 'number') v.size = sizeOver(data.bytes / (1024 * 1024), Number(data.maxMb));
      return t(has(id) ? id : 'intake.fileError.UNREADABLE', {
        size: '',
        maxMb: '',
        claimed: '',
        found: '',
        extension: '',
        saveAs: '',
        line: '',
        chars: '',
        limit: '',
        pages: '',
        seconds: '',
        missing: '',
        rows: '',
        platform: '',
        ...v,
      });
    },
    button: {
      accept: t('intake.button.accept'),
      reject: t('intake.button.reject'),
      acceptPage: t('intake.button.acceptPage'),
      rejectPage: t('intake.button.rejectPage'),
      next: t('intake.button.next'),
      confirm: t('intake.button.confirm'),
      discard: t('intake.button.discard'),
    },
    modal: {
      title: t('intake.modal.title'),
      label: t('intake.modal.label'),
      submit: t('intake.modal.submit'),
      sent: (filename: string) => t('intake.modal.sent', { filename }),
    },
  };
}

/**
 * A file's size in MB, with one decimal ("15.5") unless that would make a refused file look no bigger than the
 * limit: 0.04 MB against a limit of 0.01 MB, not "0.0".
 */
export function sizeOver(mb: number, limit: number): string {
  for (const digits of [1, 2, 3]) {
    const shown = mb.toFixed(digits);
    if (!(Number(shown) <= limit)) return shown;
  }
  return (Math.ceil(mb * 1000) / 1000).toFixed(3);
}
