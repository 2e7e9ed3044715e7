import { farDateWarning, parseDate } from './parse-date.js';
import { cleanWebUrl } from '../calendar/safe-url.js';
import { ACTORS, type Actor, ITEM_KINDS, SECRETARIAT_DOCUMENT, type Item, type ItemKind, STATUSES, type Status } from '../calendar/schema.js';
import { ItemIdSchema, type When, WhenSchema } from '../calendar/when-schema.js';
import { isoDateIn } from '../calendar/time.js';
import { ConfirmationNeededError, DateParseError, type FieldProblem, ValidationError } from '../errors.js';
import { containsLink, neutraliseText, TEXT_LIMITS } from '../calendar/sanitize-text.js';
import { TRANSLATION_LANGUAGES, type TranslationChange, type TranslationLanguage } from '../calendar/translations.js';

// Problems are codes with data (FieldProblem); src/i18n/form-errors.ts words them for every surface.

/**
 * The editable fields as forms and commands give them (strings, or already-typed values).
 * An empty string clears an optional field. Error keys are these property names.
 */
export interface BaseItemFields {
  title?: string;
  /** A date as people write it ("23–27 June 2025", "tba 2025", "21 days before cwg-42") or a `When`. */
  date?: string | When;
  place?: string;
  notes?: string;
  organiser?: string;
  /** Who must act: "members,secretariat" or a list. */
  who?: string | readonly string[];
  /** "igf,ai" or a list: replaces the item's tags. */
  tags?: string | readonly string[];
  /** tags+=…: tags to add to the item's (after `tags`, when both are given). */
  tagsAdd?: string | readonly string[];
  /** tags-=…: tags to remove; each must be on the item. */
  tagsRemove?: string | readonly string[];
  sendTo?: string;
  url?: string;
  /** The report paragraph the item comes from, e.g. "6.7.9". */
  source?: string;
  /** The document the item comes from: its title or symbol ("CWG-WSIS&SDG/43/3"); empty = added by the secretariat. */
  document?: string;
  /** The document's address (http/https), shown as a link or button. */
  link?: string;
  status?: Status;
  kind?: ItemKind;
  /** "resolved" (or empty) clears the item's review flags, once the secretariat has checked the date. */
  review?: string;
}

/** Translations as commands and forms give them: `title.fr`, `place.es`, `notes.ru` (… for ar, zh, fr, ru, es); an empty string removes one. */
export type ItemFields = BaseItemFields & { [K in `${'title' | 'place' | 'notes'}.${TranslationLanguage}`]?: string };

/** `title.fr`, `place.es`, `notes.ru`: the field and the language of a translation key. */
const TRANSLATION_KEY = new RegExp(`^(title|place|notes)\\.(${TRANSLATION_LANGUAGES.join('|')})$`);

/** The translation keys a command or form may give (every field × language). */
export const TRANSLATION_FIELDS: readonly string[] = ['title', 'place', 'notes'].flatMap((f) => TRANSLATION_LANGUAGES.map((l) => `${f}.${l}`));

/** Every field `/cwg edit` accepts (the forms offer the same ones), in the order "not a field" lists them. */
export const FIELD_NAMES = [
  'title',
  'date',
  'place',
  'notes',
  'organiser',
  'who',
  'tags',
  'sendTo',
  'url',
  'source',
  'document',
  'link',
  'status',
  'kind',
  'review',
] as const satisfies ReadonlyArray<keyof ItemFields>;

const ACTOR_ALIASES: Record<string, Actor> = {
  member: 'members',
  'member-states': 'members',
  delegates: 'members',
  delegations: 'members',
  itu: 'secretariat',
  stakeholders: 'all-stakeholders',
  all: 'all-stakeholders',
  council: 'councillors',
};

const REVIEW_CLEARED = new Set(['', 'resolved', 'checked', 'clear', 'none']);

export { SECRETARIAT_DOCUMENT };

/**
 * What the fields change in `source`: the API merges it into the item's source (edit) or a new one (add),
 * so `source=3.2` keeps the document and `document=…` keeps the paragraph. link null = remove it.
 */
export interface SourcePatch {
  paragraph?: string;
  document?: string;
  link?: string | null;
}

export type ReadFields = Omit<Partial<Item>, 'source'> & {
  clear: Array<keyof Item>;
  sourcePatch?: SourcePatch;
  tagsAdd?: string[];
  tagsRemove?: string[];
  translationChanges?: TranslationChange[];
};

/** Turns fields into item properties; collects every field's problem before throwing one ValidationError. */
export function readFields(input: ItemFields, opts: { now: Date; confirm?: boolean }): ReadFields {
  const { fields, errors } = boundFields(input);
  const out: ReadFields = { clear: [] };
  const patch: SourcePatch = {};
  const text = (name: 'title' | 'place' | 'notes' | 'organiser', key: 'title' | 'place' | 'description' | 'organiser', required: boolean) => {
    const raw = fields[name];
    if (raw === undefined) return;
    if (typeof raw !== 'string') return void (errors[name] = { code: 'mustBeText' });
    const clean = neutraliseText(raw);
    const limit = TEXT_LIMITS[name];
    if (!clean) {
      if (required) errors[name] = { code: 'empty' };
      else out.clear.push(key);
    } else if (clean.length > limit) errors[name] = { code: 'tooLong', data: { n: clean.length, limit } };
    else if (containsLink(clean)) errors[name] = { code: 'noLinks' };
    else out[key] = clean;
  };
  text('title', 'title', true);
  text('place', 'place', false);
  text('notes', 'description', false);
  text('organiser', 'organiser', false);
  // Translations are text like the field they translate (same limits, no links); empty removes one.
  for (const [key, raw] of Object.entries(fields)) {
    const m = TRANSLATION_KEY.exec(key);
    if (!m || raw === undefined) continue;
    const name = m[1] as 'title' | 'place' | 'notes';
    if (typeof raw !== 'string') {
      errors[key] = { code: 'mustBeText' };
      continue;
    }
    const clean = neutraliseText(raw);
    const limit = TEXT_LIMITS[name];
    if (clean.length > limit) errors[key] = { code: 'tooLong', data: { n: clean.length, limit } };
    else if (containsLink(clean)) errors[key] = { code: 'noLinks' };
    else {
      const field = name === 'notes' ? 'description' : name;
      (out.translationChanges ??= []).push({ lang: m[2] as TranslationLanguage, field, value: clean || undefined });
    }
  }

  if (fields.date !== undefined) {
    try {
      const when = typeof fields.date === 'string' ? parseDate(fields.date) : WhenSchema.parse(fields.date);
      const far = farDateWarning(when, isoDateIn(opts.now));
      if (far && !opts.confirm) throw new ConfirmationNeededError({ code: far.problem, day: far.day }, 'date');
      out.when = when;
    } catch (err) {
      if (err instanceof ConfirmationNeededError) throw err;
      errors.date =
        err instanceof DateParseError ? { code: 'badDate', data: { problem: err.problem, subject: err.subject, example: err.example } } : { code: 'notADate' };
    }
  }
  if (fields.who !== undefined) {
    const words = listOf(fields.who);
    const actors: Actor[] = [];
    for (const w of words) {
      const a = (ACTORS as readonly string[]).includes(w) ? (w as Actor) : ACTOR_ALIASES[w];
      if (!a) errors.who = { code: 'badActor', data: { word: neutraliseText(w).slice(0, 40), actors: ACTORS } };
      else if (!actors.includes(a)) actors.push(a);
    }
    out.whoMustAct = actors;
  }
  const readTags = (v: string | readonly string[]): string[] | undefined => {
    const tags = [...new Set(listOf(v).map((t) => t.replace(/^#/, '')))];
    const bad = tags.find((t) => !/^[a-z0-9][a-z0-9+-]{0,31}$/.test(t));
    if (bad !== undefined) errors.tags = { code: 'badTag', data: { word: neutraliseText(bad).slice(0, 40) } };
    else if (tags.length > 20) errors.tags = { code: 'tooManyTags' };
    else return tags;
    return undefined;
  };
  if (fields.tags !== undefined) {
    const tags = readTags(fields.tags);
    if (tags) out.tags = tags;
  }
  if (fields.tagsAdd !== undefined) {
    const tags = readTags(fields.tagsAdd);
    if (tags) out.tagsAdd = tags;
  }
  if (fields.tagsRemove !== undefined) {
    const tags = readTags(fields.tagsRemove);
    if (tags) out.tagsRemove = tags;
  }
  if (fields.sendTo !== undefined) {
    const v = neutraliseText(String(fields.sendTo));
    if (!v) out.clear.push('sendTo');
    else if (v.length > 200 || !(/^[^\s@‹›]+@[^\s@‹›]+\.[a-z]{2,}$/i.test(v) || isWebUrl(v))) errors.sendTo = { code: 'badSendTo' };
    else out.sendTo = v;
  }
  if (fields.url !== undefined) {
    const v = String(fields.url).trim();
    if (!v) out.clear.push('url');
    else if (v.length > 500 || !isWebUrl(v)) errors.url = { code: 'badUrl' };
    else out.url = v;
  }
  if (fields.source !== undefined) {
    const v = neutraliseText(String(fields.source)).replace(/^§\s*/, '');
    if (!/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/.test(v)) errors.source = { code: 'badSource' };
    else patch.paragraph = v;
  }
  if (fields.document !== undefined) {
    const v = neutraliseText(String(fields.document));
    if (v.length > 200) errors.document = { code: 'tooLong', data: { n: v.length, limit: 200 } };
    else if (containsLink(v)) errors.document = { code: 'documentNotLink' };
    else patch.document = v || SECRETARIAT_DOCUMENT;
  }
  if (fields.link !== undefined) {
    const raw = String(fields.link).trim();
    const v = raw ? cleanWebUrl(raw) : undefined;
    if (!raw) patch.link = null;
    else if (!v || !isWebUrl(raw)) errors.link = { code: 'badLink' };
    else patch.link = v;
  }
  if (Object.keys(patch).length) out.sourcePatch = patch;
  if (fields.status !== undefined) {
    if (!(STATUSES as readonly string[]).includes(fields.status)) errors.status = { code: 'badStatus', data: { statuses: STATUSES } };
    else out.status = fields.status;
  }
  if (fields.kind !== undefined) {
    if (!(ITEM_KINDS as readonly string[]).includes(fields.kind)) errors.kind = { code: 'badKind' };
    else out.kind = fields.kind;
  }
  if (fields.review !== undefined) {
    if (!REVIEW_CLEARED.has(String(fields.review).trim().toLowerCase())) errors.review = { code: 'badReview' };
    else out.review = [];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return out;
}

/**
 * Text longer than this is refused as too long before any reading (normalising, regexes), so a form
 * or command carrying megabytes costs nothing: four times the longest field (notes).
 */
const READ_AT_MOST = TEXT_LIMITS.notes * 4;

function boundFields(input: ItemFields): { fields: ItemFields; errors: Record<string, FieldProblem> } {
  const fields: Record<string, unknown> = { ...input };
  const errors: Record<string, FieldProblem> = {};
  for (const [name, v] of Object.entries(fields)) {
    const size = typeof v === 'string' ? v.length : Array.isArray(v) ? v.reduce((n: number, x) => n + String(x).length, 0) : 0;
    if (size <= READ_AT_MOST) continue;
    errors[name] = { code: 'tooLong', data: { n: size, limit: (TEXT_LIMITS as Record<string, number>)[name] ?? READ_AT_MOST } };
    delete fields[name];
  }
  return { fields: fields as ItemFields, errors };
}

export function checkId(id: unknown, field = 'id'): string {
  const v = typeof id === 'string' ? id.trim().toLowerCase() : '';
  if (!ItemIdSchema.safeParse(v).success) {
    throw new ValidationError({ [field]: { code: 'badId' } });
  }
  return v;
}

function listOf(v: string | readonly string[]): string[] {
  const parts = typeof v === 'string' ? v.split(/[,\s]+/) : [...v];
  return parts.map((p) => String(p).trim().toLowerCase()).filter(Boolean);
}

function isWebUrl(v: string): boolean {
  if (!/^https?:\/\/[^\s<>"'`]+$/i.test(v)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}
