import { ConfirmationNeededError, type ConfirmReason, DateParseError, type FieldProblem, ValidationError } from '../errors.js';
import { neutraliseText } from '../calendar/sanitize-text.js';
import { GENEVA } from '../calendar/schema.js';
import { isoDateIn, timeIn } from '../calendar/time.js';
import type { MessageId, Messages } from './messages.js';

/**
 * The one place editing problems become words: for the "• field: …" lines of a text reply and for
 * the messages beside a Slack modal's or a Teams card's inputs, so every surface says the same.
 */

/** Text from a person (a typed date, a word): made inert (no mentions, no markup) and short before it goes into a message. */
const inert = (text: string, max: number) => neutraliseText(text).slice(0, max);

/** A typed date that could not be read, in words ("'31 February 2025' is not a real calendar date"). */
export function describeDateProblem(err: Pick<DateParseError, 'problem' | 'subject'>, msg: Messages): string {
  const word = msg.editing.dateProblem[err.problem as keyof Messages['editing']['dateProblem']];
  return word ? word(inert(err.subject, 60)) : msg.editing.field.notADate;
}

/** The sentence a text command gives for a DateParseError; forms show the same beside the date input. */
export function dateErrorText(err: DateParseError, msg: Messages): string {
  return msg.editing.badDate(describeDateProblem(err, msg), err.example);
}

const asText = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** One field problem in words (without the field's name). */
export function fieldProblemText(problem: FieldProblem, msg: Messages): string {
  const F = msg.editing.field;
  const d = problem.data ?? {};
  const s = (k: string) => asText(d[k]);
  const n = (k: string) => Number(d[k] ?? 0);
  const list = (k: string) => (Array.isArray(d[k]) ? (d[k] as readonly string[]) : []);
  let text: string;
  switch (problem.code) {
    case 'tooLong':
      text = F.tooLong(n('n'), n('limit'));
      break;
    case 'badDate':
      text = F.badDate(describeDateProblem({ problem: s('problem'), subject: s('subject') }, msg), s('example'));
      break;
    case 'badActor':
      text = F.badActor(inert(s('word'), 40), list('actors'));
      break;
    case 'badTag':
      text = F.badTag(inert(s('word'), 40));
      break;
    case 'badStatus':
      text = F.badStatus(list('statuses'));
      break;
    case 'idTaken':
      text = F.idTaken(s('id'));
      break;
    case 'noDateYet':
      text = F.noDateYet(s('id'));
      break;
    case 'sameDate':
      text = F.sameDate(s('id'));
      break;
    case 'anchored':
      text = F.anchored(s('id'), s('anchor'));
      break;
    case 'hasDate':
      text = F.hasDate(s('id'));
      break;
    case 'alreadyCancelled':
      text = F.alreadyCancelled(s('id'));
      break;
    case 'alreadyDone':
      text = F.alreadyDone(s('id'));
      break;
    case 'cancelledNotDone':
      text = F.cancelledNotDone(s('id'));
      break;
    case 'reasonTooLong':
      text = F.reasonTooLong(n('limit'));
      break;
    case 'fileTooBig':
      text = F.fileTooBig(n('mb'));
      break;
    case 'fileNotJson':
      text = F.fileNotJson(d.position === undefined ? undefined : n('position'));
      break;
    case 'duplicateId':
      text = F.duplicateId(s('id'));
      break;
    case 'unsafeUrl':
      text = F.unsafeUrl(s('field'));
      break;
    case 'fileUnreadable':
      text = msg.editing.importUnreadable(s('path'), d.mb !== undefined ? msg.editing.importTooBig(n('mb')) : s('reason'));
      break;
    case 'importField':
      text = importFieldText(d, msg);
      break;
    case 'anchorMissing':
      text = list('suggestions').length
        ? msg.t('editing.field.anchorMissingSuggest', {
            anchor: s('anchor'),
            suggestions: list('suggestions')
              .map((x) => `"${x}"`)
              .join(msg.t('list.or')),
          })
        : msg.t('editing.field.anchorMissing', { anchor: s('anchor') });
      break;
    case 'paragraphNeedsDocument':
      text = msg.t('editing.field.paragraphNeedsDocument', { hasDocuments: list('documents').length ? 'yes' : 'no', documents: list('documents')[0] ?? '' });
      break;
    case 'tagNotOnItem':
      text = msg.t('editing.field.tagNotOnItem', { tag: inert(s('tag'), 40), tags: list('tags').join(', ') || '-' });
      break;
    case 'badEntry':
      text = msg.t('editing.field.badEntry', { path: s('path') });
      break;
    case 'anchorCycle':
      text = msg.t('editing.field.anchorCycle', { id: s('id') });
      break;
    case 'badTranslationLine':
      text = msg.editing.badTranslation(inert(s('line'), 40), ['ar', 'zh', 'fr', 'ru', 'es']);
      break;
    default:
      text = msg.t(`editing.field.${problem.code}` as MessageId);
  }
  return problem.about ? msg.t('editing.field.aboutItem', { id: problem.about, message: text }) : text;
}

/** An imported item's field problem: the path, then what it accepts (see describeIssue in src/editing/import-calendar.ts). */
function importFieldText(d: NonNullable<FieldProblem['data']>, msg: Messages): string {
  const path = inert(asText(d.path), 60);
  const form = asText(d.form);
  const values = Array.isArray(d.values) ? (d.values as readonly string[]).map((v) => `"${v}"`).join(', ') : '';
  const keys = Array.isArray(d.keys) ? (d.keys as readonly string[]).join(', ') : '';
  const accepted =
    form === 'oneOf'
      ? msg.t('editing.import.oneOf', { values })
      : form === 'unknownKeys'
        ? msg.t('editing.import.unknownKeys', { keys })
        : form === 'tooLong'
          ? msg.t('editing.import.tooLong', { max: String(d.max ?? '') })
          : form === 'type'
            ? msg.t('editing.import.type', { expected: asText(d.expected) })
            : msg.t(`editing.import.${IMPORT_FORMS.includes(form) ? form : 'text'}` as MessageId);
  return msg.t('editing.import.field', { path, accepted });
}

const IMPORT_FORMS = ['missing', 'date', 'datetime', 'zone', 'id', 'tag', 'approx', 'url', 'statusForWhen', 'endBeforeStart', 'text'];

/** The name a problem is shown under: the field as typed in commands, or the import file's entry. */
export function fieldName(field: string, problem: FieldProblem, msg: Messages): string {
  return problem.entry ? msg.editing.field.itemLabel(problem.entry.n, problem.entry.id) : msg.editing.fieldLabel(field);
}

/** "Please confirm: …" reasons in words. */
export function confirmReasonText(reason: ConfirmReason, msg: Messages): string {
  if (reason.code === 'importCodeStale') return msg.editing.importCodeStale(reason.importCode);
  if (reason.code === 'importCodeWrong') return msg.t('editing.importCodeWrong', { given: reason.given, code: reason.importCode });
  if (reason.code === 'undoOther') {
    const at = genevaAt(reason.at, msg);
    return msg.t('editing.undoConfirm', { action: msg.editing.actionName(reason.action), id: reason.itemId, at, code: reason.undoCode, wrong: reason.wrong });
  }
  return reason.code === 'farPast' ? msg.editing.farPast(reason.day) : msg.editing.farAhead(reason.day);
}

/** "2025-01-15 09:00 Geneva" from an ISO instant (as history shows it). */
function genevaAt(iso: string, msg: Messages): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : msg.editing.atGeneva(isoDateIn(d), timeIn(d, GENEVA));
}

export interface FormErrors {
  /** Field name → message to show beside that input. */
  fields: Record<string, string>;
  /** The form must be submitted again to confirm (a far date). */
  askConfirm: boolean;
}

/**
 * Editing errors as messages beside a form's inputs (Slack modal, Teams card), keyed by field name.
 * With `inputs`, a problem about a field the form has no input for goes on `fallback`, named
 * ("• who: …"); without, every problem keeps its field (the caller places it).
 * Returns undefined for errors that are not about the fields (the caller shows the error reply).
 */
export function formErrors(err: unknown, msg: Messages, opts: { inputs?: readonly string[]; fallback?: string } = {}): FormErrors | undefined {
  const has = (field: string) => !opts.inputs || opts.inputs.includes(field);
  const place = (field: string) => (has(field) ? field : (opts.fallback ?? field));
  if (err instanceof ValidationError) {
    const fields: Record<string, string> = {};
    for (const [field, problem] of Object.entries(err.fields)) {
      const text = fieldProblemText(problem, msg);
      const target = place(field);
      const shown = target === field && !problem.entry ? text : msg.editing.invalidField(fieldName(field, problem, msg), text);
      fields[target] = fields[target] ? `${fields[target]}\n${shown}` : shown;
    }
    return { fields, askConfirm: false };
  }
  if (err instanceof DateParseError) return { fields: { [place('date')]: dateErrorText(err, msg) }, askConfirm: false };
  if (err instanceof ConfirmationNeededError) {
    return { fields: { [place(err.field ?? 'date')]: confirmReasonText(err.reason, msg) }, askConfirm: true };
  }
  return undefined;
}
