import type { HttpRoute } from '../http/routes.js';
import type { ReminderTransport } from '../reminders/transport.js';

/**
 * What every chat platform gives the composition root (src/main.ts), in the spirit of hubot's
 * Adapter and Bolt's Receiver: the HTTP routes it needs on the shared server, the transports that
 * deliver reminders into its conversations, and start/stop. Building one connects to nothing;
 * `start()` does (Slack's Socket Mode, the console's input). Each of src/platforms/{slack,teams,
 * console}/index.ts exports one factory returning this shape.
 */
export interface PlatformAdapter {
  readonly name: 'slack' | 'teams' | 'console';
  /** Mounted on the shared HTTP server (src/http/shared-server.ts); empty for Socket Mode and the console. */
  readonly routes: readonly HttpRoute[];
  /** Reminders, digests and change notices for this platform's subscriptions. */
  readonly transports: readonly ReminderTransport[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when the adapter ends by itself (the console at the end of its input); the process then shuts down. */
  readonly finished?: Promise<void>;
}
