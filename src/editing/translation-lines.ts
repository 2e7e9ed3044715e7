import { translationLines, type ItemTranslations } from '../calendar/translations.js';
import { ValidationError } from '../errors.js';
import { TRANSLATION_FIELDS } from './item-fields.js';

/**
 * A form's "Translations" box (Slack modal, Teams card) as editing fields: one `title.fr=…` per
 * line, as `/cwg edit` takes them. A line the form showed and the editor deleted removes that
 * translation; an unchanged box changes nothing. A line that is not `field.lang=text` is refused.
 */
export function readTranslationLines(text: string, current: ItemTranslations | undefined): Record<string, string> {
  const before = parse(translationLines(current));
  const after = parse(text);
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) fields[key] = value;
  for (const key of Object.keys(before)) if (!(key in after)) fields[key] = '';
  return fields;
}

function parse(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([a-z]+)\.([a-z]{2})\s*=(.*)$/i.exec(line);
    const field = m && (m[1]!.toLowerCase() === 'description' ? 'notes' : m[1]!.toLowerCase());
    const key = m && `${field}.${m[2]!.toLowerCase()}`;
    if (!m || !key || !TRANSLATION_FIELDS.includes(key)) {
      throw new ValidationError({ translations: { code: 'badTranslationLine', data: { line: line.slice(0, 40) } } });
    }
    out[key] = m[3]!.trim();
  }
  return out;
}
