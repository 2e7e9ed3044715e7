import { hasCatalogue, type Language, SUPPORTED_LANGUAGES } from './index.js';

/**
 * Which rule chose the language, so `/cwg language` can say why:
 * - `flag`: this request named one (the CLI's `--lang`);
 * - `user`: the person chose it (`/cwg language fr`);
 * - `locale`: the person's platform locale (Slack's user locale, Teams' `activity.locale`);
 * - `channel`: the channel's language (`/cwg language fr channel`);
 * - `default`: the bot's `CWG_LANG`.
 */
export type LanguageRule = 'flag' | 'user' | 'locale' | 'channel' | 'default';

export interface LanguageChoice {
  /** One of the six (or, from a platform locale, a pseudo-locale a test registered). */
  lang: string;
  rule: LanguageRule;
}

export interface LanguageInputs {
  /** Named for this request only (the CLI's --lang). */
  flag?: string | undefined;
  /** The person's stored choice. */
  user?: string | undefined;
  /** The platform's locale tag for the person ("fr-FR", "es-419", "zh-CN"). */
  locale?: string | undefined;
  /** The conversation's stored language. */
  channel?: string | undefined;
  /** CWG_LANG. */
  fallback: string;
}

/** One of the six codes, whatever the case or region ("FR", "fr-CH", "zh_Hans"), or undefined. */
export function supportedLanguage(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined;
}

/**
 * The precedence, as a pure function: this request's flag, the person's own choice, their platform
 * locale, the channel's language, then CWG_LANG. A choice someone made (flag, user, channel) counts
 * whenever it is one of the six; a platform locale only when the bot has that language's catalogue
 * (a German Slack locale, or Arabic before its catalogue is registered, passes to the next rule rather
 * than hiding the channel's choice behind an English fallback).
 */
export function chooseLanguage(inputs: LanguageInputs, available: (lang: string) => boolean = hasCatalogue): LanguageChoice {
  const flag = supportedLanguage(inputs.flag);
  if (flag) return { lang: flag, rule: 'flag' };
  const user = supportedLanguage(inputs.user);
  if (user) return { lang: user, rule: 'user' };
  const locale = inputs.locale?.trim().toLowerCase().split(/[-_]/)[0];
  if (locale && available(locale)) return { lang: locale, rule: 'locale' };
  const channel = supportedLanguage(inputs.channel);
  if (channel) return { lang: channel, rule: 'channel' };
  return { lang: supportedLanguage(inputs.fallback) ?? 'en', rule: 'default' };
}

/** What is posted to a channel (reminders, digests, change notices): the channel's language, then CWG_LANG. */
export function channelLanguage(channel: string | undefined, fallback: string): LanguageChoice {
  return chooseLanguage({ channel, fallback });
}
