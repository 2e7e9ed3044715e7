import type { Db } from './db-schema.js';

/**
 * What the rest of the code sees of persistence; the embedded lowdb file and PostgreSQL both honour it,
 * and one contract test suite runs against both.
 *
 * - `update` is the only way to change data. It runs `mutate` on the latest data committed by ANY
 *   process sharing the store (another bot, the CLI, a replica), serialized across all of them, then
 *   validates the result against the schema as a whole and commits it atomically. A mutation that
 *   throws or yields invalid data changes nothing, in memory or on disk. Because every update sees the
 *   latest data and excludes all others, claims (a delivery, a lease, a handled request) are decided
 *   inside `update` and have exactly one winner.
 * - `read` is synchronous and cheap (an in-memory copy); `refresh` first brings it up to date with what
 *   other processes committed (a cheap freshness check when nothing changed). Answer users after
 *   `refreshBeforeAnswer`: the same, except where the database announces every commit (PostgreSQL's
 *   LISTEN/NOTIFY), which answers from memory unless a newer version was announced, so that an answer
 *   costs no round trip to the server.
 */
export interface Store {
  /** Where the data lives, for messages and the health check (a path, or a URL without its password). */
  readonly location: string;
  /** The current data as this process last saw it. Treat as read-only: mutate only inside `update`. */
  read(): Readonly<Db>;
  /** Sees changes other processes committed since the last read. */
  refresh(): Promise<void>;
  /** Before answering someone: `refresh`, or nothing when the store already hears of every change as it is committed. */
  refreshBeforeAnswer(): Promise<void>;
  update<T>(mutate: (draft: Db) => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}
