import { type Item, SECRETARIAT_DOCUMENT, STATUSES } from '../calendar/schema.js';
import { translationLines } from '../calendar/translations.js';
import { EDIT_FORM_FIELDS, type Messages } from '../i18n/index.js';
import { type AdaptiveCard, CARD_SCHEMA, type CardElement, submit, text } from './adaptive-cards.js';
import { whenToInput } from './when-input.js';

/** The fields of the secretariat's edit card, in order: the list the catalogue labels (src/i18n/messages.ts). */
export { EDIT_FORM_FIELDS };
export type EditFormField = (typeof EDIT_FORM_FIELDS)[number];
export type EditFormValues = Record<EditFormField, string>;

/** What the form shows for an item as it stands (and what "unchanged" means on submit). */
export function formValuesOf(item: Item): EditFormValues {
  return {
    title: item.title,
    date: whenToInput(item.when),
    status: item.status,
    place: item.place ?? '',
    who: item.whoMustAct.join(', '),
    tags: item.tags.join(', '),
    sendTo: item.sendTo ?? '',
    url: item.url ?? '',
    source: item.source.paragraph,
    // the marker of items the secretariat added is English data, not a document's title: shown empty
    document: item.source.document === SECRETARIAT_DOCUMENT ? '' : item.source.document,
    link: item.source.link ?? '',
    organiser: item.organiser ?? '',
    notes: item.description ?? '',
    translations: translationLines(item.translations),
  };
}

export interface EditFormOptions {
  msg: Messages;
  item: Item;
  /** Values to show (the submitted ones when re-sending with errors). */
  values: EditFormValues;
  /** Problems by field name; `_form` for ones that belong to no single field. */
  errors?: Record<string, string>;
  /** Show the "yes, this far date is right" switch. */
  askConfirm?: boolean;
  /** The reason typed before a failed save, so it is not lost. */
  reason?: string;
}

/**
 * The edit card: one input per field, each problem in red right under its input, and Save sending
 * the item id and the revision shown (so a change made meanwhile is caught, not overwritten).
 */
export function renderEditForm(opts: EditFormOptions): AdaptiveCard {
  const { msg, item, values, errors = {} } = opts;
  const m = msg.teams.form;
  const body: CardElement[] = [
    text(m.title(item.title), { size: 'Medium', weight: 'Bolder' }),
    text(`${msg.label.id}${msg.colon}${item.id}`, { isSubtle: true, spacing: 'None' }),
  ];
  const fieldErrors = Object.keys(errors).filter((k) => k !== '_form');
  if (fieldErrors.length) body.push(text(m.fixBelow, { color: 'Attention', weight: 'Bolder' }));
  if (errors._form) body.push(text(errors._form, { color: 'Attention' }));
  for (const field of EDIT_FORM_FIELDS) {
    body.push(inputFor(field, values[field], msg));
    if (errors[field]) body.push(text(m.fieldError(errors[field]!), { color: 'Attention', spacing: 'None' }));
  }
  body.push({ type: 'Input.Text', id: 'reason', label: m.reason, placeholder: m.reasonHint, maxLength: 500, ...(opts.reason ? { value: opts.reason } : {}) });
  if (opts.askConfirm) body.push({ type: 'Input.Toggle', id: 'confirm', title: m.confirm, value: 'false', valueOn: 'true', valueOff: 'false' });
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    actions: [submit(msg.teams.button.save, { cwg: 'save', id: item.id, revision: item.revision })],
    fallbackText: m.title(item.title),
  };
}

function inputFor(field: EditFormField, value: string, msg: Messages): CardElement {
  const labels = msg.teams.form.labels;
  if (field === 'status') {
    return {
      type: 'Input.ChoiceSet',
      id: field,
      label: labels.status,
      value,
      isRequired: true,
      choices: STATUSES.map((s) => ({ title: msg.status[s], value: s })),
    };
  }
  return {
    type: 'Input.Text',
    id: field,
    label: labels[field],
    value,
    ...(field === 'notes' ? { isMultiline: true, maxLength: 2000 } : field === 'translations' ? { isMultiline: true, maxLength: 4000 } : { maxLength: 500 }),
    ...(field === 'title' || field === 'date' ? { isRequired: true } : {}),
    ...(field === 'date' ? { placeholder: msg.teams.form.dateHint } : {}),
  };
}
