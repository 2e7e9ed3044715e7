import type { StoredConversation } from '../../store/reminders-schema.js';
import type { FindResult, ReminderMessage, ReminderTransport, SendResult } from '../../reminders/transport.js';

/**
 * Reminders in the console: printed into a simulated channel, each line prefixed with
 * "[#<channel> reminder]", so a CWG_NOW rehearsal shows the schedule working.
 * It remembers what it printed, so a key is never printed twice in one process. Channels
 * subscribed from the `cwg` command line (platform "cli") print here too, with a second instance.
 */
export function createConsoleTransport(write: (text: string) => void, platform: 'console' | 'cli' = 'console'): ReminderTransport & { printed: string[] } {
  const printed: string[] = [];
  return {
    platform,
    printed,
    pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 },
    async send(conversation: StoredConversation, message: ReminderMessage, key: string): Promise<SendResult> {
      const prefix = `[#${conversation.name ?? conversation.id} reminder]`;
      write(
        `${message.text
          .split('\n')
          .map((l) => (l ? `${prefix} ${l}` : prefix))
          .join('\n')}\n`,
      );
      printed.push(key);
      return { ok: true };
    },
    async findDelivered(_conversation: StoredConversation, key: string): Promise<FindResult> {
      return printed.includes(key) ? 'delivered' : 'not-found';
    },
  };
}
