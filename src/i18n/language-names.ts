/** Names of languages through Intl (CLDR), in the language of the reader: "French", "français", "法语". */
const names = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  let n = names.get(locale);
  if (!n) {
    n = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    names.set(locale, n);
  }
  return n.of(code) ?? code;
}
