import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One HTTP endpoint, independent of any chat library, so Slack (HTTP mode), Teams, the health
 * check and the calendar feed can share one server on one port.
 */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'HEAD';
  /** Exact path, without query string (e.g. "/calendar.ics"). */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}
