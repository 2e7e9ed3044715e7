/**
 * What the core reports for monitoring, without knowing how it is exported: the dispatcher's caller
 * (bot.handle), the reminder job and the store call these; src/metrics/prometheus.ts implements them
 * with prom-client for GET /metrics. The default does nothing, so tests and the CLI pay nothing.
 */
export interface Metrics {
  /** A `/cwg` command was answered: which command (or "unknown"), where, and whether it ended in an error. */
  commandAnswered(command: string, platform: string, outcome: 'ok' | 'error', seconds: number): void;
  /** One reminder (reminder, digest or change notice) posted and confirmed. */
  reminderSent(platform: string): void;
  /** One attempt to post a reminder failed and will be retried. */
  reminderFailed(platform: string): void;
  /** A reminder went to the failed-deliveries list after its retries ("/cwg deliveries failed"). */
  reminderDeadLettered(platform: string): void;
  /** The reminders scheduler finished a run (completed or not) at this instant. */
  schedulerTick(at: Date): void;
  /** One store operation and how long it took. */
  storeOperation(operation: 'update', seconds: number): void;
  /** A stopwatch: the returned function gives the seconds since this call (monotonic, not the clock). */
  startTimer(): () => number;
}

export const noMetrics: Metrics = {
  commandAnswered() {},
  reminderSent() {},
  reminderFailed() {},
  reminderDeadLettered() {},
  schedulerTick() {},
  storeOperation() {},
  startTimer: () => () => 0,
};
