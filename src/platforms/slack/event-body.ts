import type { IncomingMessage } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';

export interface BodyRefusal {
  status: 400;
  reason: string;
}

/**
 * Reads a request to /slack/events once (Bolt reuses what is read here) and refuses, with 400, a
 * correctly signed body whose shape Slack never sends: JSON or a `payload` field that is not an
 * object (`null`, a number, an array), or an `event` that is not an object. Bolt's receiver reads
 * fields of the parsed body outside its error handling, so a signed `null` used to crash the
 * process. Whatever fails the signature check or does not parse is left to Bolt, which answers
 * 401 or 400 as before. The route's size limit applies before this reads anything.
 */
export async function checkedSlackBody(req: IncomingMessage, opts: { signingSecret: string; maxBytes: number }): Promise<BodyRefusal | undefined> {
  let buffered: Parameters<typeof HTTPModuleFunctions.parseHTTPRequestBody>[0];
  try {
    buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret: opts.signingSecret, bodyLimit: opts.maxBytes }, req);
  } catch {
    return undefined;
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return undefined;
  }
  if (!isObject(body)) return { status: 400, reason: `body is ${describe(body)}, not an object` };
  if ('event' in body && !isObject(body.event)) return { status: 400, reason: `event is ${describe(body.event)}, not an object` };
  if ('type' in body && typeof body.type !== 'string') return { status: 400, reason: 'type is not text' };
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}
