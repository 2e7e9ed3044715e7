import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import type { Logger } from '../../log.js';

/** Sends one message in answer to an interaction (ephemeral, in the channel, a refusal…). */
export type SendReply = (message: RespondArguments) => Promise<unknown>;

/**
 * Slack waits 3 s for a slash command's acknowledgement and shows a message carried in it as the
 * reply. Answers ready within this budget therefore travel in the ack itself: one HTTP round trip
 * instead of an empty ack plus a POST to response_url. The margin covers network and clock jitter.
 */
export const ACK_BUDGET_MS = 2000;

export interface AckOrRespond {
  /** The first message goes in the ack if the budget has not run out, any other through `respond`. */
  send: SendReply;
  /** Acks (empty) if nothing has been sent yet; call when the listener is done. */
  settle(): Promise<void>;
}

/**
 * `budgetMs <= 0` acks at once and always answers through `respond` (the classic pattern; kept
 * for comparison in the benchmark). Otherwise an empty ack goes out when the budget runs out, and
 * the answer follows through `respond` whenever it is ready.
 */
export function ackOrRespond(ack: AckFn<string | RespondArguments>, respond: RespondFn, budgetMs: number, log: Logger): AckOrRespond {
  let acked: Promise<void> | undefined;
  const ackOnce = (message?: RespondArguments): Promise<void> => {
    if (acked) return acked;
    clearTimeout(timer);
    acked = ack(message).catch((err: unknown) => log.warn('slack: could not acknowledge /cwg', { error: String(err) }));
    return acked;
  };
  const timer = budgetMs > 0 ? setTimeout(() => void ackOnce(), budgetMs) : undefined;
  if (budgetMs <= 0) void ackOnce();
  return {
    send: async (message) => {
      if (acked) return respond(message);
      // replace_original/delete_original only mean something on response_url.
      const { replace_original: _r, delete_original: _d, ...inAck } = message as RespondArguments & { replace_original?: boolean; delete_original?: boolean };
      return ackOnce(inAck as RespondArguments);
    },
    settle: () => ackOnce(),
  };
}
