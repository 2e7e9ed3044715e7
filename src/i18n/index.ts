import { en, type Messages } from './en.js';

const catalogues: Record<string, Messages> = { en };

/** The catalogue for a language tag ("fr-CH" → fr, falling back to English). */
export function messagesFor(locale?: string): Messages {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return catalogues[lang] ?? en;
}

export type { Messages };
