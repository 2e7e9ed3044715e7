import { describe, expect, it } from 'vitest';
import { chooseLanguage, channelLanguage, supportedLanguage } from '../../src/i18n/choose-language.js';
import { LANGUAGE_CODES } from '../../src/store/coordination-schema.js';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/index.js';
import { EnvSchema } from '../../src/config/env-schema.js';
import { loadConfig } from '../../src/config.js';

/** Every one of the six has a catalogue here, Arabic included: the precedence does not depend on which files exist yet. */
const all = (lang: string) => (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);

describe('which language a person gets (pure precedence)', () => {
  it('their own choice first, then their platform locale, then the channel, then CWG_LANG', () => {
    expect(chooseLanguage({ user: 'zh', locale: 'es-ES', channel: 'fr', fallback: 'ru' }, all)).toEqual({ lang: 'zh', rule: 'user' });
    expect(chooseLanguage({ locale: 'es-ES', channel: 'fr', fallback: 'ru' }, all)).toEqual({ lang: 'es', rule: 'locale' });
    expect(chooseLanguage({ channel: 'fr', fallback: 'ru' }, all)).toEqual({ lang: 'fr', rule: 'channel' });
    expect(chooseLanguage({ fallback: 'ru' }, all)).toEqual({ lang: 'ru', rule: 'default' });
    expect(chooseLanguage({ fallback: '' }, all)).toEqual({ lang: 'en', rule: 'default' });
  });

  it('a --lang flag wins over everything stored', () => {
    expect(chooseLanguage({ flag: 'ar', user: 'zh', locale: 'es', channel: 'fr', fallback: 'ru' }, all)).toEqual({ lang: 'ar', rule: 'flag' });
  });

  it('a platform locale the bot has no catalogue for passes to the channel rather than hiding it behind English', () => {
    expect(chooseLanguage({ locale: 'de-DE', channel: 'fr', fallback: 'en' }, all)).toEqual({ lang: 'fr', rule: 'channel' });
    // Arabic before its catalogue is registered: the Slack locale ar-SA falls through; once registered it counts.
    const withoutAr = (l: string) => all(l) && l !== 'ar';
    expect(chooseLanguage({ locale: 'ar-SA', channel: 'es', fallback: 'en' }, withoutAr)).toEqual({ lang: 'es', rule: 'channel' });
    expect(chooseLanguage({ locale: 'ar-SA', channel: 'es', fallback: 'en' }, all)).toEqual({ lang: 'ar', rule: 'locale' });
  });

  it('reads regions and case (fr-CH, ZH_hans, es-419) and refuses what is not one of the six', () => {
    expect(supportedLanguage('fr-CH')).toBe('fr');
    expect(supportedLanguage('ZH_hans')).toBe('zh');
    expect(supportedLanguage('es-419')).toBe('es');
    expect(supportedLanguage('de')).toBeUndefined();
    expect(supportedLanguage('')).toBeUndefined();
    expect(chooseLanguage({ user: 'klingon', fallback: 'fr' }, all)).toEqual({ lang: 'fr', rule: 'default' });
  });

  it('what is posted in a channel never takes a person into account: the channel, then CWG_LANG', () => {
    expect(channelLanguage('fr', 'es')).toEqual({ lang: 'fr', rule: 'channel' });
    expect(channelLanguage(undefined, 'es')).toEqual({ lang: 'es', rule: 'default' });
  });

  it('the six codes are the same in the schema, the catalogue registry and CWG_LANG', () => {
    expect([...LANGUAGE_CODES]).toEqual([...SUPPORTED_LANGUAGES]);
    for (const code of SUPPORTED_LANGUAGES) expect(EnvSchema.shape.CWG_LANG.safeParse(code).success, code).toBe(true);
    expect(loadConfig({}).lang).toBe('en');
    expect(loadConfig({ CWG_LANG: 'zh' }).lang).toBe('zh');
    expect(() => loadConfig({ CWG_LANG: 'de' })).toThrow(/CWG_LANG: must be one of ar, zh, en, fr, ru, es/);
  });
});
