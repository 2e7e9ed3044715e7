import { chooseLanguage } from '../i18n/choose-language.js';
import { type Messages, messagesFor } from '../i18n/index.js';
import type { Db } from '../store/db-schema.js';
import type { Subscription } from '../store/reminders-schema.js';

/**
 * The words of what is posted to each conversation (reminders, digests, change notices): the
 * conversation's own language (`/cwg language <code> channel`), then CWG_LANG. Never a subscriber's
 * language in a channel, which many read; but a 1:1 chat with the bot (a Slack DM, a Teams personal
 * chat) is read by the person who subscribed it, so there the precedence of their answers applies:
 * their own choice, then their platform locale when the stored conversation knows it.
 */
export function channelMessages(db: Readonly<Db>, defaultLang = 'en'): { fallback: Messages; of: (subscriptionId: string) => Messages } {
  const subs = new Map(db.subscriptions.map((s) => [s.id, s]));
  const prefs = db.preferences;
  return {
    fallback: messagesFor(chooseLanguage({ fallback: defaultLang }).lang),
    of: (subscriptionId) => {
      const sub = subs.get(subscriptionId);
      const direct = sub !== undefined && isDirect(sub);
      const reader = direct && sub.createdBy ? prefs?.users[`${sub.conversation.platform}:${sub.createdBy}`]?.lang : undefined;
      // With no choice stored, the person's platform locale, when the stored conversation knows it (a Teams reference does).
      const locale = direct ? localeOf(sub) : undefined;
      return messagesFor(chooseLanguage({ user: reader, locale, channel: prefs?.channels[subscriptionId]?.lang, fallback: defaultLang }).lang);
    },
  };
}

/** The locale the platform gave with the conversation's reference (Teams: the `activity.locale` it was saved from). */
function localeOf(sub: Subscription): string | undefined {
  const locale = (sub.conversation.ref as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** A 1:1 chat with the bot: Slack DM ids start with D; a Teams reference says "personal". */
function isDirect(sub: Subscription): boolean {
  const { platform, id, ref } = sub.conversation;
  if (platform === 'slack') return /^D[A-Z0-9]+$/.test(id);
  if (platform === 'teams') return (ref as { conversation?: { conversationType?: string } } | undefined)?.conversation?.conversationType === 'personal';
  return false;
}
