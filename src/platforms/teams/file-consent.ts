import type { Activity, FileConsentCardResponse, TurnContext } from 'botbuilder';
import type { Bot } from '../../bot.js';
import type { ReplyBody } from '../../render/reply.js';
import { callerOf, conversationOf, notesFor, trustOf } from './activity.js';
import { textActivity } from './replies.js';

type ReplyFile = NonNullable<ReplyBody['file']>;

export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';
/** Longest command line carried through a consent card ("ics" and a few filter words or an id). */
const MAX_LINE = 200;

/** What the consent card carries to the accept/decline invoke: the command that made the file. */
interface ConsentContext {
  cwg: 'ics';
  line: string;
  filename: string;
}

/**
 * Teams lets a bot send a file only in a 1:1 chat, and only after the user accepts: the bot sends a
 * file consent card; on "Allow" Teams creates the file in the user's OneDrive and invokes the bot
 * with an upload URL (manifest `supportsFiles: true`). The file is not carried in the card (cards are
 * small): the command is, and it runs again on accept, so the file is also as current as possible.
 */
export function fileConsentActivity(file: ReplyFile, line: string, description: string): Partial<Activity> {
  const context: ConsentContext = { cwg: 'ics', line: line.slice(0, MAX_LINE), filename: file.filename };
  return {
    type: 'message',
    attachments: [
      {
        contentType: FILE_CONSENT_CONTENT_TYPE,
        name: file.filename,
        content: { description, sizeInBytes: Buffer.byteLength(file.content, 'utf8'), acceptContext: context, declineContext: context },
      },
    ],
  };
}

function consentContextOf(value: unknown): ConsentContext | undefined {
  const c = value as Partial<ConsentContext> | undefined;
  if (c?.cwg !== 'ics' || typeof c.line !== 'string' || typeof c.filename !== 'string') return undefined;
  // Only the export command may run from a consent card (the card's data comes back from the client).
  if (c.line.length > MAX_LINE || !/^\s*(\/?cwg\s+)?(ics|ical|icalendar)(\s|$)/i.test(c.line)) return undefined;
  return { cwg: 'ics', line: c.line, filename: c.filename };
}

/**
 * "Allow" on a consent card: makes the file again, PUTs it to the upload session Teams opened in the
 * user's OneDrive, then posts the file card that opens it. Any failure is told to the user.
 */
export async function acceptFileConsent(ctx: TurnContext, response: FileConsentCardResponse, bot: Bot): Promise<void> {
  const msg = notesFor(bot, ctx.activity).teams.file;
  const context = consentContextOf(response.context);
  const upload = response.uploadInfo;
  if (!context || !upload?.uploadUrl || !upload.contentUrl || !isUploadUrl(upload.uploadUrl)) {
    await ctx.sendActivity(textActivity(msg.uploadFailed));
    return;
  }
  const reply = await bot.handle(context.line, callerOf(ctx.activity, trustOf(bot)), conversationOf(ctx.activity));
  if (!reply.file) {
    await ctx.sendActivity(textActivity(reply.intro?.join(' ') || msg.uploadFailed));
    return;
  }
  const bytes = Buffer.from(reply.file.content, 'utf8');
  try {
    const res = await fetch(upload.uploadUrl, {
      method: 'PUT',
      headers: {
        'Content-Type': reply.file.contentType,
        'Content-Length': String(bytes.length),
        'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes,
      // The upload is one small file: a stalled OneDrive connection must not hold the turn.
      signal: AbortSignal.timeout(bot.deps.config.httpTimeoutMs ?? 15_000),
    });
    if (!res.ok) throw new Error(`upload answered ${res.status}`);
  } catch (err) {
    bot.deps.log.warn('teams: file upload failed', { error: err instanceof Error ? err.message : String(err) });
    await ctx.sendActivity(textActivity(msg.uploadFailed));
    return;
  }
  await ctx.sendActivity({
    type: 'message',
    text: msg.uploaded(upload.name ?? context.filename),
    textFormat: 'plain',
    attachments: [
      {
        contentType: FILE_INFO_CONTENT_TYPE,
        contentUrl: upload.contentUrl,
        name: upload.name ?? context.filename,
        content: { uniqueId: upload.uniqueId, fileType: upload.fileType ?? 'ics' },
      },
    ],
  });
}

export async function declineFileConsent(ctx: TurnContext, bot: Bot): Promise<void> {
  await ctx.sendActivity(textActivity(notesFor(bot, ctx.activity).teams.file.declined));
}

/** Teams' upload sessions are https (OneDrive); plain http only on loopback (local stand-ins). */
function isUploadUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}
