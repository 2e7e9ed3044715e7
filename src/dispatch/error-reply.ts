import { CwgError, ImportDraftError, NotFoundError, PermissionError, StoreError, UsageError } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { ReplyBody } from '../render/reply.js';
import { InputTooLongError } from './input.js';
import { editingErrorReply } from '../editing/error-messages.js';

/**
 * The one place where errors become words for people: each typed error's code and data, worded from
 * the caller's catalogue. Error messages (English, technical) go to the log, never to people.
 */
export function errorReply(err: unknown, msg: Messages, log: Logger): ReplyBody {
  const reply = (code: string, message: string): ReplyBody => ({ tone: 'error', sections: [], intro: [message], error: { code, message } });
  if (err instanceof InputTooLongError) return reply('TOO_LONG', msg.error.tooLong(err.max));
  if (err instanceof UsageError) return reply('USAGE', err.usage ? msg.error.usage(err.message, err.usage) : err.message);
  if (err instanceof NotFoundError) {
    const text = err.orFilter
      ? msg.error.unknownIdOrFilter(err.id, err.suggestions, err.orFilter.tags, err.orFilter.actors)
      : msg.error.notFound(err.id, err.suggestions);
    return reply('NOT_FOUND', text);
  }
  if (err instanceof PermissionError) {
    const r = err.refused;
    return reply('FORBIDDEN', msg.error.forbidden('command' in r ? msg.error.useCommand(r.command) : msg.t(`error.action.${r.action}`)));
  }
  const editing = editingErrorReply(err, msg);
  if (editing) return editing;
  if (err instanceof StoreError && (err.code === 'WRITE_REJECTED' || err.code === 'STORE_CLOSED')) {
    // The schema's (zod's) detail is for the operator's log; people get a sentence.
    log.warn('write rejected', { code: err.code, message: err.message });
    return reply(err.code, err.code === 'STORE_CLOSED' ? msg.error.storeClosed : msg.error.writeRejected);
  }
  if (err instanceof ImportDraftError) return reply(err.code, msg.intake.draftError(err.reason, err.data));
  // A file the import could not read (src/intake/files FileReadError: code FILE_<reason>, the reason's data in details).
  if (err instanceof CwgError && err.code.startsWith('FILE_') && typeof err.details.fileCode === 'string') {
    log.info('import file refused', { code: err.code });
    return reply(err.code, msg.intake.fileError(err.details.fileCode, err.details));
  }
  if (err instanceof CwgError) {
    log.warn('command failed', { code: err.code, message: err.message });
    return reply(err.code, msg.error.internal);
  }
  log.error('unexpected error in command', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  return reply('INTERNAL', msg.error.internal);
}
