import type { Logger } from '../log.js';
import type { Delivery, Outcome } from './fan-out.js';

/**
 * A wrong token or workspace makes every channel answer "channel_not_found". Losses are held until
 * the deliveries handed in are done (a run's, or one claim batch's: src/reminders/claim-batches.ts):
 * when more than 5 channels and a fifth of them were lost, none is unsubscribed and they are kept
 * as failed deliveries for the secretariat to look at instead.
 */
export function guardMassUnsubscribe(deliveries: readonly Delivery[], report: (o: Outcome) => void, log: Logger) {
  const channels = new Set(deliveries.map((d) => d.sub.id)).size;
  const held: Array<Extract<Outcome, { kind: 'gone' }>> = [];
  return {
    report(o: Outcome) {
      if (o.kind === 'gone') held.push(o);
      else report(o);
    },
    finish() {
      const lost = new Set(held.map((o) => o.delivery.sub.id)).size;
      const suspicious = lost > Math.max(5, channels / 5);
      if (suspicious)
        log.error('too many channels refused reminders in one run; not unsubscribing them (check the bot token and workspace)', { channels: lost });
      for (const o of held) {
        report(suspicious ? { kind: 'dead', delivery: o.delivery, attempts: 1, error: `${o.error} (not unsubscribed: ${lost} channels refused at once)` } : o);
      }
    },
  };
}
