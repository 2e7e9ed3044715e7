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
