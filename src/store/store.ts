import type { Db } from './db-schema.js';

/**
 * What the rest of the code sees of persistence. `update` is the only way to change data:
 * changes are serialized, validated against the schema as a whole and written atomically,
 * and a mutation that throws or yields invalid data leaves both memory and disk unchanged.
 * A database backend for several replicas implements the same interface.
 */
export interface Store {
  /** Where the data lives, for messages and the health check. */
  readonly location: string;
  /** The current data. Treat as read-only: mutate only inside `update`. */
  read(): Readonly<Db>;
  update<T>(mutate: (draft: Db) => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}
