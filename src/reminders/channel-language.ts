import { postedLanguage } from '../dispatch/language.js';
import { type Messages, messagesFor } from '../i18n/index.js';
import type { Db } from '../store/db-schema.js';

/**
 * The words of what is posted to each conversation (reminders, digests, change notices): the
 * conversation's own language (`/cwg language <code> channel`), then CWG_LANG. Never a subscriber's
 * or a person's own language: a channel is read by many.
 */
export function channelMessages(db: Readonly<Db>, defaultLang = 'en'): { fallback: Messages; of: (subscriptionId: string) => Messages } {
  const config = { lang: defaultLang };
  return {
    fallback: messagesFor(postedLanguage(db, '', config).lang),
    of: (subscriptionId) => messagesFor(postedLanguage(db, subscriptionId, config).lang),
  };
}
