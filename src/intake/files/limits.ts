import { FileReadError } from './errors.js';

/** The default of CWG_IMPORT_MAX_MB. */
export const DEFAULT_IMPORT_MAX_MB = 10;
/** One MB here is 1024 × 1024 bytes (what Windows and macOS Finder call a MB for sizes shown to people). */
export const BYTES_PER_MB = 1024 * 1024;

export interface ReadLimits {
  /** Largest file accepted, in MB (CWG_IMPORT_MAX_MB). */
  maxMb: number;
  /** Wall-clock budget for one read; past it the read is abandoned with TIMEOUT. */
  timeoutMs: number;
  /** Total bytes a .docx/.xlsx may expand to (the sum of its entries). */
  maxUnzippedBytes: number;
  /** Entries a .docx/.xlsx may hold (real ones hold tens to a few hundred). */
  maxZipEntries: number;
  /** Longest line of text accepted (the seed report's longest paragraph is about 1,100 characters). */
  maxLineChars: number;
  maxPdfPages: number;
  maxRows: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxMb: DEFAULT_IMPORT_MAX_MB,
  timeoutMs: 30_000,
  maxUnzippedBytes: 200 * BYTES_PER_MB,
  maxZipEntries: 5_000,
  maxLineChars: 50_000,
  maxPdfPages: 2_000,
  maxRows: 10_000,
};

export function limitsFrom(opts: Partial<ReadLimits> = {}): ReadLimits {
  const picked = Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)));
  return { ...DEFAULT_LIMITS, ...picked };
}

export function checkSize(bytes: Uint8Array, limits: ReadLimits): void {
  if (bytes.byteLength === 0) throw new FileReadError('EMPTY');
  const max = Math.floor(limits.maxMb * BYTES_PER_MB);
  if (bytes.byteLength > max) throw new FileReadError('TOO_BIG', { bytes: bytes.byteLength, maxMb: limits.maxMb });
}

/**
 * Runs `work` with a wall-clock budget. Readers check `signal` between pages/entries (pdf.js also
 * destroys its loading task on abort); the race makes the caller's answer arrive on time even if a
 * library is stuck in an await. Synchronous parsing is bounded by the size limits above.
 */
export async function withDeadline<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new FileReadError('TIMEOUT', { seconds: Math.round(timeoutMs / 100) / 10 }));
    }, timeoutMs);
  });
  try {
    const running = work(controller.signal);
    // A late failure after the deadline must not become an unhandled rejection.
    running.catch(() => undefined);
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort();
  }
}

export function throwIfAborted(signal: AbortSignal | undefined, timeoutMs: number): void {
  if (signal?.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(timeoutMs / 100) / 10 });
}

/**
 * Lets timers run. pdf.js without a worker (and other promise-chained parsers) can keep the event
 * loop in microtasks for a whole file, starving the deadline's timer; readers await this between
 * pages or batches so the deadline can fire.
 */
export function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
