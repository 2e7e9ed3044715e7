import { ACTORS, type Item, SECRETARIAT_DOCUMENT } from '../../calendar/schema.js';
import { translationLines } from '../../calendar/translations.js';
import type { Messages } from '../../i18n/index.js';
import { plainText } from '../../render/mrkdwn.js';
import type {
  InputBlock,
  InputBlockElement,
  KnownBlock,
  ModalView,
  MultiStaticSelect,
  PlainTextInput,
  PlainTextOption,
  StaticSelect,
  URLInput,
} from '@slack/types';
import { whenToInput } from '../../render/when-input.js';

/**
 * The secretariat's modals as Block Kit views. Each input's block_id is the editing API's field
 * name (title, date, place, who, …), so its field-level errors map straight onto Slack's inline
 * errors (`response_action: 'errors'`). The item's revision travels in private_metadata.
 */
export type ModalOp = 'add' | 'edit' | 'reschedule' | 'cancel' | 'done';
export const MODAL_CALLBACK = 'cwg_modal';

export interface ModalMeta {
  op: ModalOp;
  itemId?: string;
  revision?: number;
  /** Where the modal was opened from, to confirm the save there. */
  channel?: string;
}

export function buildModal(meta: ModalMeta, item: Item | undefined, msg: Messages): ModalView {
  const m = msg.slack.modal;
  const titles: Record<ModalOp, string> = { add: m.addTitle, edit: m.editTitle, reschedule: m.rescheduleTitle, cancel: m.cancelTitle, done: m.doneTitle };
  const blocks: KnownBlock[] = [];
  if (item) blocks.push({ type: 'context', elements: [{ type: 'plain_text', text: plainText(`${item.title} (${item.id})`, 2000) }] });
  if (meta.op === 'add') {
    blocks.push(
      input(
        'kind',
        m.kind,
        select(
          [
            ['event', m.kindEvent],
            ['deadline', m.kindDeadline],
          ],
          'event',
        ),
      ),
    );
    blocks.push(input('id', m.id, text(undefined, 64), { optional: true, hint: m.idHint }));
  }
  if (meta.op === 'add' || meta.op === 'edit') {
    blocks.push(input('title', m.title, text(item?.title, 200)));
    blocks.push(input('date', m.start, text(item ? whenToInput(item.when) : undefined, 80), { hint: m.startHint }));
    blocks.push(input('place', m.place, text(item?.place, 200), { optional: true }));
    blocks.push(
      input(
        'who',
        m.whoMustAct,
        multiSelect(
          ACTORS.map((a) => [a, msg.actor[a]]),
          item?.whoMustAct ?? [],
        ),
        { optional: true },
      ),
    );
    blocks.push(input('source', m.paragraph, text(item?.source.paragraph, 40), { hint: m.paragraphHint, optional: true }));
    const document = item && item.source.document !== SECRETARIAT_DOCUMENT ? item.source.document : undefined;
    blocks.push(input('document', m.document, text(document, 200), { hint: m.documentHint, optional: true }));
    blocks.push(input('link', m.link, url(item?.source.link), { hint: m.linkHint, optional: true }));
    blocks.push(input('notes', m.note, text(item?.description, 2000, true), { optional: true }));
    blocks.push(
      input('translations', m.translations, text(translationLines(item?.translations) || undefined, 3000, true), { optional: true, hint: m.translationsHint }),
    );
  }
  if (meta.op === 'reschedule') {
    blocks.push(input('date', m.start, text(item ? whenToInput(item.when) : undefined, 80), { hint: m.startHint }));
    blocks.push(input('reason', m.note, text(undefined, 500), { optional: true, hint: m.noteHint }));
  }
  if (meta.op === 'cancel' || meta.op === 'done') {
    blocks.push(input('reason', m.reason, text(undefined, 500), { optional: true, hint: m.noteHint }));
  }
  return {
    type: 'modal',
    callback_id: MODAL_CALLBACK,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: plainText(titles[meta.op], 24) },
    submit: { type: 'plain_text', text: plainText(m.submit, 24) },
    close: { type: 'plain_text', text: plainText(m.close, 24) },
    blocks,
  };
}

/** A view's submitted state as plain field values (the editing API's ItemFields shape). */
export function readModalValues(values: Record<string, Record<string, ModalValue>>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [field, actions] of Object.entries(values)) {
    const v = actions.value;
    if (!v) continue;
    if (v.type === 'plain_text_input' || v.type === 'url_text_input') out[field] = v.value ?? '';
    else if (v.type === 'static_select') out[field] = v.selected_option?.value ?? '';
    else if (v.type === 'multi_static_select') out[field] = (v.selected_options ?? []).map((o) => o.value);
  }
  return out;
}

export interface ModalValue {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: Array<{ value: string }>;
}

export function readModalMeta(raw: string): ModalMeta | undefined {
  try {
    const meta = JSON.parse(raw) as ModalMeta;
    return ['add', 'edit', 'reschedule', 'cancel', 'done'].includes(meta.op) ? meta : undefined;
  } catch {
    return undefined;
  }
}

function input(blockId: string, label: string, element: InputBlockElement, opts: { optional?: boolean; hint?: string } = {}): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: plainText(label, 2000) },
    element,
    optional: opts.optional ?? false,
    ...(opts.hint ? { hint: { type: 'plain_text', text: plainText(opts.hint, 2000) } } : {}),
  };
}

function text(initial: string | undefined, max: number, multiline = false): PlainTextInput {
  return { type: 'plain_text_input', action_id: 'value', max_length: max, multiline, ...(initial ? { initial_value: initial.slice(0, max) } : {}) };
}

function url(initial: string | undefined): URLInput {
  return { type: 'url_text_input', action_id: 'value', ...(initial ? { initial_value: initial } : {}) };
}

function option([value, label]: readonly [string, string]): PlainTextOption {
  return { text: { type: 'plain_text', text: plainText(label, 75) }, value };
}

function select(options: Array<[string, string]>, initial: string): StaticSelect {
  const opts = options.map(option);
  const chosen = opts.find((o) => o.value === initial);
  return { type: 'static_select', action_id: 'value', options: opts, ...(chosen ? { initial_option: chosen } : {}) };
}

function multiSelect(options: Array<readonly [string, string]>, initial: readonly string[]): MultiStaticSelect {
  const opts = options.map(option);
  const chosen = opts.filter((o) => initial.includes(String(o.value)));
  return { type: 'multi_static_select', action_id: 'value', options: opts, ...(chosen.length ? { initial_options: chosen } : {}) };
}
