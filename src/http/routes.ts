import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One HTTP endpoint, independent of any chat library, so Slack (HTTP mode), Teams, the health
 * check and the calendar feed can share one server on one port.
 */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'HEAD';
  /** Exact path, without query string (e.g. "/calendar.ics"). */
  path: string;
  /**
   * Largest request body this route accepts, in bytes (default DEFAULT_MAX_BODY_BYTES). The server
   * checks Content-Length before the handler runs: a bigger body is refused with 413 unread.
   */
  maxBodyBytes?: number;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** Body limit of a route that declares none: enough for any form post the bot receives. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
