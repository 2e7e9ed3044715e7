/**
 * Typed errors. Code throws these; exactly one place (the dispatcher, or startup for
 * configuration and store errors) turns them into words for people.
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
  constructor(message: string, readonly usage?: string, details: Record<string, unknown> = {}) {
    super('USAGE', message, details);
  }
}

export class NotFoundError extends CwgError {
  constructor(readonly id: string, readonly suggestions: string[] = []) {
    super('NOT_FOUND', `no item with id "${id}"`, { id, suggestions });
  }
}

export class PermissionError extends CwgError {
  constructor(readonly action: string) {
    super('FORBIDDEN', `not allowed: ${action}`, { action });
  }
}

export class ConfigError extends CwgError {
  constructor(message: string, readonly variables: string[]) {
    super('CONFIG', message, { variables });
  }
}

/** The data file cannot be used as it is; it is left untouched. */
export class StoreError extends CwgError {
  constructor(code: 'DATA_FILE_NOT_JSON' | 'DATA_FILE_INVALID' | 'DATA_FILE_TOO_NEW' | 'SEED_INVALID' | 'WRITE_REJECTED', message: string, readonly file: string) {
    super(code, message, { file });
  }
}

/**
 * Editing: one or more fields are wrong. `fields` maps the form's field name (title, date, place,
 * who, tags, send-to, url, notes, id, …) to a message, so Slack modals and Teams cards can show
 * each one beside its input.
 */
export class ValidationError extends CwgError {
  constructor(readonly fields: Record<string, string>) {
    super('VALIDATION', Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; '), { fields });
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
    super('CONFLICT', `"${itemId}" changed since you opened it (revision ${expectedRevision} → ${(current as { revision?: number }).revision})`, { itemId, expectedRevision });
  }
}

/** Editing: the change is allowed but needs an explicit confirmation (a date far away, an import). */
export class ConfirmationNeededError extends CwgError {
  constructor(readonly reason: string, readonly field?: string) {
    super('CONFIRM', reason, field ? { field } : {});
  }
}

/**
 * A date a person typed cannot be read: `problem` names why (worded by the catalogue's
 * editing.dateProblem), `subject` is the part in question, `example` shows an accepted form.
 */
export class DateParseError extends CwgError {
  constructor(readonly problem: string, readonly subject: string, readonly example: string) {
    super('BAD_DATE', `${problem}: ${subject}`, { problem, subject, example });
  }
}

/** `undo` cannot revert: nothing to undo, or the item changed since (who and when). */
export class UndoBlockedError extends CwgError {
  constructor(readonly reason: 'nothing' | 'changed-since' | 'gone', readonly itemId?: string, readonly since?: { by: string; at: string; action: string }) {
    super('UNDO_BLOCKED', reason, { itemId, since });
  }
}
