import { UsageError, ValidationError } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { TRANSLATION_LANGUAGES } from '../calendar/translations.js';
import { checkId } from './item-fields.js';
import { TEXT_LIMITS } from '../calendar/sanitize-text.js';

/** field=value words of an editing command, the other words, and the "confirm" flag. */
export interface FieldWords {
  fields: Record<string, string>;
  rest: string[];
  confirm: boolean;
  /** rev=N: the revision the user saw (optimistic concurrency from the command line). */
  rev?: number;
  reason?: string;
}

const KEY_ALIASES: Record<string, string> = {
  'send-to': 'sendTo',
  sendto: 'sendTo',
  send_to: 'sendTo',
  email: 'sendTo',
  when: 'date',
  dates: 'date',
  description: 'notes',
  note: 'notes',
  'who-must-act': 'who',
  whomustact: 'who',
  who_must_act: 'who',
  actors: 'who',
  organizer: 'organiser',
  tag: 'tags',
  paragraph: 'source',
  para: 'source',
  doc: 'document',
  symbol: 'document',
  'document-link': 'link',
  'doc-link': 'link',
  revision: 'rev',
  because: 'reason',
};

const CONFIRM_WORDS = new Set(['confirm', '--confirm', 'confirmed', '-y', '--yes']);

export function readFieldWords(words: readonly string[], allowed: readonly string[], msg: Messages, usage: string): FieldWords {
  const out: FieldWords = { fields: {}, rest: [], confirm: false };
  for (const word of words) {
    if (CONFIRM_WORDS.has(word.toLowerCase())) {
      out.confirm = true;
      continue;
    }
    // field=value, title.fr=value (a translation), and tags+=word / tags-=word (the key is read lazily so "send-to=" keeps its hyphen)
    const m = /^([A-Za-z][A-Za-z_-]{0,24}?(?:\.[A-Za-z_-]{1,12})?)([+-]?)=(.*)$/s.exec(word);
    if (!m) {
      out.rest.push(word);
      continue;
    }
    const raw = m[1]!.toLowerCase();
    const value = m[3]!;
    if (raw.includes('.') && !m[2]) {
      out.fields[translationKey(raw, allowed, msg, usage)] = value;
      continue;
    }
    const key = KEY_ALIASES[raw] ?? raw;
    if (m[2]) {
      if (key !== 'tags' || !allowed.includes('tags')) throw new UsageError(msg.editing.unknownField(`${raw.slice(0, 30)}${m[2]}`, [...allowed]), usage);
      out.fields[m[2] === '+' ? 'tagsAdd' : 'tagsRemove'] = value;
    } else if (key === 'rev') {
      if (!/^\d{1,9}$/.test(value)) throw new UsageError(msg.editing.badRevision, usage);
      out.rev = Number(value);
    } else if (key === 'reason') {
      if (value.length > TEXT_LIMITS.reason) throw new ValidationError({ reason: { code: 'reasonTooLong', data: { limit: TEXT_LIMITS.reason } } });
      out.reason = value;
    } else if (allowed.includes(key)) out.fields[key] = value;
    else throw new UsageError(msg.editing.unknownField(raw.slice(0, 30), [...allowed]), usage);
  }
  return out;
}

/**
 * `title.fr`, `place.es`, `description.ru` (or `notes.ru`): a translation key of a field this command
 * takes; `title.en` is the title itself (English is the item's own text).
 */
function translationKey(raw: string, allowed: readonly string[], msg: Messages, usage: string): string {
  const [base = '', lang = ''] = raw.split('.');
  const field = KEY_ALIASES[base] ?? base;
  const translatable = ['title', 'place', 'notes'].includes(field) && allowed.includes(field);
  if (translatable && lang === 'en') return field;
  if (translatable && (TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) return `${field}.${lang}`;
  throw new UsageError(msg.editing.badTranslation(raw.slice(0, 30), ['en', ...TRANSLATION_LANGUAGES]), usage);
}

/** The first word as an item id, checked (a bad id is a usage error, not a lookup). */
export function readIdWord(words: readonly string[], msg: Messages, usage: string): string {
  const word = words[0];
  if (!word || word.includes('=')) throw new UsageError(msg.error.missingId, usage);
  return checkId(word);
}

/** Refuses leftover words where only field=value is expected. */
export function refuseLoose(rest: readonly string[], allowed: readonly string[], msg: Messages, usage: string): void {
  if (rest.length) throw new UsageError(msg.editing.notAField(rest[0]!.slice(0, 40), [...allowed]), usage);
}

/** `<id> <date words…> [reason=… rev=N confirm]`: the arguments of reschedule and announce. */
export function readIdAndDate(words: readonly string[], msg: Messages, usage: string) {
  const id = readIdWord(words, msg, usage);
  const args = readFieldWords(words.slice(1), [], msg, usage);
  if (!args.rest.length) throw new UsageError(msg.editing.missingDate, usage);
  return { id, date: args.rest.join(' '), ...args };
}
