import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Response as BotResponse } from 'botbuilder';
import type { HttpRoute } from '../../http/routes.js';
import type { Logger } from '../../log.js';

export const TEAMS_MESSAGES_PATH = '/api/messages';
/** Teams activities are small; anything bigger is not from the Bot Connector. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * `POST /api/messages`: the Bot Connector posts activities here. botbuilder authenticates the
 * request (JWT from the connector) and runs the Application; replies go back through the connector.
 */
export function createTeamsRoute(adapter: TeamsAdapter, app: Application, log: Logger): HttpRoute {
  return {
    method: 'POST',
    path: TEAMS_MESSAGES_PATH,
    maxBodyBytes: MAX_BODY_BYTES,
    async handle(req, res) {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (e) {
        res.statusCode = e instanceof BodyTooLargeError ? 413 : 400;
        res.end();
        return;
      }
      try {
        await adapter.process({ body: body as Record<string, unknown>, headers: req.headers, method: req.method ?? 'POST' }, botResponse(res), async (ctx) => {
          await app.run(ctx);
        });
      } catch (e) {
        log.error('teams: request failed', { error: e instanceof Error ? e.message : String(e) });
        if (!res.headersSent) res.statusCode = 500;
        if (!res.writableEnded) res.end();
      }
    },
  };
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The small Express-like response botbuilder's CloudAdapter expects, over Node's ServerResponse. */
function botResponse(res: ServerResponse): BotResponse {
  let payload: string | undefined;
  return {
    socket: res.socket,
    header(name: string, value: unknown) {
      if (!res.headersSent) res.setHeader(name, String(value));
    },
    status(code: number) {
      res.statusCode = code;
    },
    send(body: unknown) {
      if (body === undefined) return;
      if (typeof body === 'string') payload = body;
      else {
        payload = JSON.stringify(body);
        if (!res.headersSent) res.setHeader('Content-Type', 'application/json');
      }
    },
    end() {
      if (!res.writableEnded) res.end(payload);
    },
  };
}
