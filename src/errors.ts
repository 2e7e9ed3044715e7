/**
 * Typed errors. Code throws these with a code and data, never sentences for people; exactly one
 * place per surface turns them into words from the caller's catalogue (src/dispatch/error-reply.ts
 * and src/editing/error-messages.ts for replies, src/i18n/form-errors.ts for form fields). `message`
 * is for logs. Startup (ConfigError, StoreError) speaks to the operator in English.
 */
export class CwgError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line was not understood; `usage` says what is accepted. */
export class UsageError extends CwgError {
  constructor(
    message: string,
    readonly usage?: string,
    details: Record<string, unknown> = {},
  ) {
    super('USAGE', message, details);
  }
}

export class NotFoundError extends CwgError {
  constructor(
    readonly id: string,
    readonly suggestions: string[] = [],
    /** Where the word could also have been a filter (`/cwg ics <id | filter>`): the filter words, for the message. */
    readonly orFilter?: { tags: string[]; actors: string[] },
  ) {
    super('NOT_FOUND', `NOT_FOUND ${id}`, { id, suggestions });
  }
}

/** What a refused caller tried: a command by name, or an action the catalogue names (error.action.<code>). */
export type RefusedAction = { command: string } | { action: 'changeCalendar' | 'listSubscriptions' };

export class PermissionError extends CwgError {
  constructor(readonly refused: RefusedAction) {
    super('FORBIDDEN', `FORBIDDEN ${'command' in refused ? refused.command : refused.action}`, { ...refused });
  }
}

export class ConfigError extends CwgError {
  constructor(
    message: string,
    readonly variables: string[],
  ) {
    super('CONFIG', message, { variables });
  }
}

/** The data file cannot be used as it is; it is left untouched. */
export type StoreErrorCode =
  | 'DATA_FILE_NOT_JSON'
  | 'DATA_FILE_INVALID'
  | 'DATA_FILE_TOO_NEW'
  | 'SEED_INVALID'
  | 'WRITE_REJECTED'
  | 'STORE_CLOSED'
  // PostgreSQL: the server cannot be reached, or its schema is newer than this bot.
  | 'DATABASE_UNREACHABLE'
  | 'DATABASE_TOO_NEW'
  // backup/restore: the file is not a backup, or the target holds data and --force was not given.
  | 'BACKUP_INVALID'
  | 'RESTORE_NOT_EMPTY'
  | 'DATA_FILE_LOCKED'
  | 'DATA_FILE_UNREADABLE'
  | DataPathProblem;

/** Why a data-file path cannot work (src/store/data-path.ts); worded by the catalogue's startup.dataPath.<code>. */
export type DataPathProblem = 'DATA_PATH_NOT_A_FOLDER' | 'DATA_PATH_IS_A_FOLDER' | 'DATA_PATH_CANNOT_CREATE' | 'DATA_PATH_NOT_WRITABLE' | 'DATA_PATH_NO_ACCESS';

export class StoreError extends CwgError {
  constructor(
    code: StoreErrorCode,
    message: string,
    readonly file: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, { file, ...details });
  }
}

/**
 * A chat platform refused our credentials for good (Slack `invalid_auth`, a revoked token): retrying
 * cannot help, so startup stops. Network failures are not this: they are retried.
 */
export class PlatformAuthError extends CwgError {
  constructor(
    readonly platform: 'slack' | 'teams',
    /** The variable holding the refused credential. */
    readonly variable: string,
    /** The platform's own error code, e.g. invalid_auth. */
    readonly reason: string,
  ) {
    super('PLATFORM_AUTH', `${platform} refused ${variable}: ${reason}`, { platform, variable, reason });
  }
}

/**
 * Exit codes of `npm start` and `npx cwg` (docs/deployment.md): what kind of thing the operator must fix.
 * 2 also covers a command line the CLI does not understand.
 */
export const EXIT_CODES = { ok: 0, other: 1, config: 2, dataFile: 3, platformAuth: 4 } as const;

/** The exit code for an error that stops startup or a CLI run. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof ConfigError) return EXIT_CODES.config;
  if (err instanceof StoreError) return EXIT_CODES.dataFile;
  if (err instanceof PlatformAuthError) return EXIT_CODES.platformAuth;
  return EXIT_CODES.other;
}

/** Why one field is wrong: a code the catalogue words (editing.field.<code>) and the data it names. */
export type FieldProblemCode =
  | 'mustBeText'
  | 'badTranslationLine'
  | 'empty'
  | 'tooLong'
  | 'noLinks'
  | 'badDate'
  | 'notADate'
  | 'badActor'
  | 'badTag'
  | 'tooManyTags'
  | 'badSendTo'
  | 'badUrl'
  | 'badSource'
  | 'badStatus'
  | 'badKind'
  | 'badReview'
  | 'badId'
  | 'idTaken'
  | 'needTitle'
  | 'needDate'
  | 'noDateYet'
  | 'sameDate'
  | 'anchored'
  | 'hasDate'
  | 'announceTba'
  | 'alreadyCancelled'
  | 'alreadyDone'
  | 'cancelledNotDone'
  | 'reasonTooLong'
  | 'fileTooBig'
  | 'fileNotJson'
  | 'fileShape'
  | 'fileTooManyItems'
  | 'duplicateId'
  | 'fileUnreadable'
  | 'badEntry'
  | 'anchorMissing'
  | 'anchorCycle'
  | 'unsafeUrl'
  | 'invalid'
  // editing branch: document=/link=, import fields
  | 'badLink'
  | 'documentNotLink'
  | 'paragraphNeedsDocument'
  | 'importField'
  | 'tagNotOnItem';

export interface FieldProblem {
  code: FieldProblemCode;
  data?: Record<string, string | number | readonly string[]>;
  /** The problem is in another item of the calendar (its id), not the one being edited. */
  about?: string;
  /** In an import file: which entry (1-based) and its id. */
  entry?: { n: number; id?: string };
}

/**
 * Editing: one or more fields are wrong. `fields` maps the form's field name (title, date, place,
 * who, tags, sendTo, url, notes, id, …; an import file's `items.N`) to a problem, so Slack modals and
 * Teams cards can show each one beside its input.
 */
export class ValidationError extends CwgError {
  constructor(readonly fields: Record<string, FieldProblem>) {
    super(
      'VALIDATION',
      `VALIDATION ${Object.entries(fields)
        .map(([f, p]) => `${f}:${p.code}`)
        .join(' ')}`,
      { fields },
    );
  }
}

/** Editing: the item changed after the editor read it (a modal opened before someone else saved). */
export class ConflictError extends CwgError {
  constructor(
    readonly itemId: string,
    readonly expectedRevision: number,
    /** The item as it now stands. */
    readonly current: unknown,
    /** The item as the editor's change would have made it, from the version they read. */
    readonly proposed: unknown,
    /** Who saved the version that stands, and when (from the audit trail). */
    readonly lastChange?: { by: string; at: string; action: string },
  ) {
    super('CONFLICT', `CONFLICT ${itemId} revision ${expectedRevision} → ${(current as { revision?: number }).revision}`, { itemId, expectedRevision });
  }
}

/** Why a change needs confirming: a date far away (`day`), or an import whose preview is stale (`code`). */
export type ConfirmReason =
  | { code: 'farPast' | 'farAhead'; day: string }
  | { code: 'importCodeStale'; importCode: string }
  /** The code given is not the preview's, and the calendar has not changed since: a typo. */
  | { code: 'importCodeWrong'; importCode: string; given: string }
  /** Undo would revert a change that is not the caller's last command (`wrong`: a code was given and is not this one). */
  | { code: 'undoOther'; undoCode: string; action: string; itemId: string; at: string; wrong: 'yes' | 'no' };

/** Editing: the change is allowed but needs an explicit confirmation (a date far away, an import). */
export class ConfirmationNeededError extends CwgError {
  constructor(
    readonly reason: ConfirmReason,
    readonly field?: string,
  ) {
    super('CONFIRM', `CONFIRM ${reason.code}`, { ...reason, ...(field ? { field } : {}) });
  }
}

/**
 * A date a person typed cannot be read: `problem` names why (worded by the catalogue's
 * editing.dateProblem), `subject` is the part in question, `example` shows an accepted form.
 */
export class DateParseError extends CwgError {
  constructor(
    readonly problem: string,
    readonly subject: string,
    readonly example: string,
  ) {
    super('BAD_DATE', `BAD_DATE ${problem}`, { problem, subject, example });
  }
}

/** `undo` cannot revert: nothing to undo, or the item changed since (who and when). */
export class UndoBlockedError extends CwgError {
  constructor(
    readonly reason: 'nothing' | 'changed-since' | 'gone',
    readonly itemId?: string,
    readonly since?: { by: string; at: string; action: string },
  ) {
    super('UNDO_BLOCKED', reason, { itemId, since });
  }
}

/**
 * `/cwg import show|accept|reject|edit|confirm` cannot do it: no draft (or it expired), a proposal number
 * that is not in the draft, a confirm code that is not the draft's, a calendar that changed since the
 * draft (`ids`), nothing accepted, or an accepted deadline whose anchor is neither in the calendar nor accepted.
 */
export class ImportDraftError extends CwgError {
  constructor(
    readonly reason: 'noDraft' | 'expired' | 'noProposal' | 'wrongCode' | 'stale' | 'nothingAccepted' | 'anchorNotAccepted',
    readonly data: Record<string, string | number> = {},
  ) {
    super(`IMPORT_${reason.toUpperCase()}`, `IMPORT ${reason} ${JSON.stringify(data)}`, { reason, ...data });
  }
}
