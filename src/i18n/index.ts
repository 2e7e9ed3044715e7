import ar from './catalogues/ar.js';
import en from './catalogues/en.js';
import es from './catalogues/es.js';
import fr from './catalogues/fr.js';
import ru from './catalogues/ru.js';
import zh from './catalogues/zh.js';
import { bindMessages, type Catalogue, createTranslator, type Messages } from './messages.js';

/** The six official UN languages, in the UN's order (Arabic, Chinese, English, French, Russian, Spanish). */
export const SUPPORTED_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * The catalogues that exist. A translator adds `catalogues/<lang>.ts` (default export: a Catalogue)
 * and one line here; ids it lacks fall back to English.
 */
export const CATALOGUES: Partial<Record<Language, Catalogue>> = {
  en,
  fr,
  es,
  ru,
  zh,
  ar,
};

const bound = new Map<string, Messages>();

/** Extra catalogues registered at run time (a test's pseudo-locale); not part of SUPPORTED_LANGUAGES. */
const extra = new Map<string, Catalogue>();

/** The language a tag asks for ("fr-CH" → fr), or English when no catalogue exists for it. */
export function languageOf(locale?: string): Language {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return lang in CATALOGUES || extra.has(lang) ? (lang as Language) : 'en';
}

/** Whether messagesFor(lang) has a catalogue of its own for this language code (registered, or a test's pseudo-locale). */
export function hasCatalogue(lang: string): boolean {
  return CATALOGUES[lang as Language] !== undefined || extra.has(lang);
}

/** Makes `messagesFor(lang)` use this catalogue (ids it lacks fall back to English). For pseudo-locales in tests. */
export function registerCatalogue(lang: string, catalogue: Catalogue): void {
  extra.set(lang, catalogue);
  bound.delete(lang);
}

/** The messages for a language tag ("fr-CH" → fr, falling back to English), compiled once per language. */
export function messagesFor(locale?: string): Messages {
  const lang = languageOf(locale);
  let m = bound.get(lang);
  if (!m) {
    m = bindMessages(createTranslator(CATALOGUES[lang] ?? extra.get(lang) ?? {}), lang);
    bound.set(lang, m);
  }
  return m;
}

export { EDIT_FORM_FIELDS } from './messages.js';
export type { Catalogue, CommandText, MessageId, Messages } from './messages.js';
