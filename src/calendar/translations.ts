import type { Item } from './schema.js';

/**
 * Item text in a reader's language. Titles, places and descriptions come from the report in English;
 * the secretariat may add translations per language (`/cwg edit <id> title.fr="…"`). A reader sees
 * the translation when there is one, otherwise the English text, unmarked. Review notes keep the
 * report's wording as printed: they are not translated here.
 */

/** Languages an item's text may be translated into (English is the item's own text). */
export const TRANSLATION_LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
/** The translatable fields, as stored (`description`) and as typed in commands and forms (`notes`). */
export const TRANSLATABLE = ['title', 'place', 'description'] as const;
export type Translatable = (typeof TRANSLATABLE)[number];
export type ItemTranslation = Partial<Record<Translatable, string>>;
export type ItemTranslations = Partial<Record<TranslationLanguage, ItemTranslation>>;

const isTranslationLanguage = (lang: string): lang is TranslationLanguage => (TRANSLATION_LANGUAGES as readonly string[]).includes(lang);

/** The item as a reader of `lang` sees it: translated title, place and description where there are some. */
export function inLanguage(item: Item, lang: string | undefined): Item {
  // most items have no translation: said before the language is checked (every item of every answer comes here)
  if (!item.translations) return item;
  const tr = lang && isTranslationLanguage(lang) ? item.translations[lang] : undefined;
  if (!tr) return item;
  return {
    ...item,
    ...(tr.title ? { title: tr.title } : {}),
    ...(tr.place ? { place: tr.place } : {}),
    ...(tr.description ? { description: tr.description } : {}),
  };
}

/** The title a reader of `lang` sees. */
export const titleIn = (item: Pick<Item, 'title' | 'translations'>, lang: string | undefined): string =>
  (lang && isTranslationLanguage(lang) ? item.translations?.[lang]?.title : undefined) ?? item.title;

/** One change to a translation: a text, or undefined to remove it. */
export interface TranslationChange {
  lang: TranslationLanguage;
  field: Translatable;
  value: string | undefined;
}

/** The translations after these changes; languages left empty disappear, and no translations at all is `undefined`. */
export function applyTranslations(current: ItemTranslations | undefined, changes: readonly TranslationChange[]): ItemTranslations | undefined {
  const next: ItemTranslations = {};
  for (const [lang, tr] of Object.entries(current ?? {})) next[lang as TranslationLanguage] = { ...tr };
  for (const c of changes) {
    const tr = { ...(next[c.lang] ?? {}) };
    if (c.value === undefined) delete tr[c.field];
    else tr[c.field] = c.value;
    if (Object.keys(tr).length) next[c.lang] = tr;
    else delete next[c.lang];
  }
  return Object.keys(next).length ? next : undefined;
}

/** The translations as a form shows them, one per line: `title.fr=…`, `notes.ru=…` (notes = the description). */
export function translationLines(translations: ItemTranslations | undefined): string {
  const lines: string[] = [];
  for (const lang of TRANSLATION_LANGUAGES) {
    const tr = translations?.[lang];
    if (!tr) continue;
    for (const field of TRANSLATABLE) {
      const text = tr[field];
      if (text) lines.push(`${field === 'description' ? 'notes' : field}.${lang}=${text.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  return lines.join('\n');
}
