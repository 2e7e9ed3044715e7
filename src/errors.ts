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
  | 'DATA_FILE_LOCKED'
  | 'DATA_FILE_UNREADABLE';

export class StoreError extends CwgError {
  constructor(
    code: StoreErrorCode,
    message: string,
    readonly file: string,
  ) {
    super(code, message, { file });
  }
}

/** Why one field is wrong: a code the catalogue words (editing.field.<code>) and the data it names. */
export type FieldProblemCode =
  | 'mustBeText'
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
  | 'invalid';

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
export type ConfirmReason = { code: 'farPast' | 'farAhead'; day: string } | { code: 'importCodeStale'; importCode: string };

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
