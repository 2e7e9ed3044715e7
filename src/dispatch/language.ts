import { chooseLanguage, type LanguageChoice } from '../i18n/choose-language.js';
import type { Db } from '../store/db-schema.js';
import type { Caller, Conversation } from './context.js';

/** How a person's language is stored: `platform:user id` (preferences.users). */
export const userLanguageKey = (caller: Pick<Caller, 'platform' | 'id'>): string => `${caller.platform}:${caller.id}`;
/** How a conversation's language is stored: like its subscription id, `platform:conversation id` (preferences.channels). */
export const channelLanguageKey = (conversation: Pick<Conversation, 'platform' | 'id'>): string => `${conversation.platform}:${conversation.id}`;

/**
 * The language a person's answers (ephemeral replies, DMs, forms) are in: the precedence of
 * src/i18n/choose-language.ts fed from the store and the platform. The one place the caller's
 * language is chosen; createBot's contextFor gives its messages to every command.
 */
export function callerLanguage(db: Readonly<Db>, caller: Caller, conversation: Conversation | undefined, config: { lang?: string }): LanguageChoice {
  const prefs = db.preferences;
  return chooseLanguage({
    flag: caller.lang,
    user: prefs?.users[userLanguageKey(caller)]?.lang,
    locale: caller.locale,
    channel: conversation ? prefs?.channels[channelLanguageKey(conversation)]?.lang : undefined,
    fallback: config.lang ?? 'en',
  });
}

/** The language of what is posted to a conversation (reminders, digests, change notices): its own, then CWG_LANG. */
export function postedLanguage(db: Readonly<Db>, conversationKey: string, config: { lang?: string }): LanguageChoice {
  return chooseLanguage({ channel: db.preferences?.channels[conversationKey]?.lang, fallback: config.lang ?? 'en' });
}
