/**
 * A small leveled logger: one line per event on stderr, so stdout stays for replies. Two formats:
 *   text  `2025-06-16T07:00:00.000Z info reminder sent {"key":"rem:…"}` (what a person reads on a terminal)
 *   json  `{"time":"2025-06-16T07:00:00.000Z","level":"info","msg":"reminder sent","key":"rem:…"}` (one
 *         object per line, for journald, docker logs and log shippers)
 * The format and the lowest level written come from the configuration (CWG_LOG_FORMAT, CWG_LOG_LEVEL,
 * read by loadConfig and passed in); this module reads no environment.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** Written only at CWG_LOG_LEVEL=debug; optional so any object with the three methods above is a Logger. */
  debug?(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'json' | 'text';

export interface LogOptions {
  /** Default text. Use resolveLogFormat to pick by terminal. */
  format?: LogFormat;
  /** Lowest level written; default info. */
  level?: LogLevel;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** CWG_LOG_FORMAT when set; otherwise text for a person at a terminal, JSON lines for everything else. */
export function resolveLogFormat(format: LogFormat | undefined, isTTY: boolean): LogFormat {
  return format ?? (isTTY ? 'text' : 'json');
}

/** Errors keep their name, message, code and stack in JSON (JSON.stringify would give {}). */
function plain(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(code !== undefined ? { code } : {}), ...(value.stack ? { stack: value.stack } : {}) };
  }
  return value;
}

function fieldsOf(fields: Record<string, unknown> | undefined, reserved: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields ?? {})) out[reserved.includes(k) ? `field_${k}` : k] = plain(v);
  return out;
}

export function createLogger(
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  clock: () => Date = () => new Date(),
  opts: LogOptions = {},
): Logger {
  const min = RANK[opts.level ?? 'info'];
  const json = opts.format === 'json';
  const emit = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (RANK[level] < min) return;
    const time = clock().toISOString();
    if (json) {
      write(JSON.stringify({ time, level, msg: message, ...fieldsOf(fields, ['time', 'level', 'msg']) }));
      return;
    }
    const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fieldsOf(fields, []))}` : '';
    write(`${time} ${level} ${message}${extra}`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/**
 * The process's logger on stderr as the configuration says (AppConfig.log from loadConfig): text on a
 * terminal and JSON lines otherwise unless CWG_LOG_FORMAT chooses.
 */
export function createStderrLogger(
  config: { format?: LogFormat; level?: LogLevel } = {},
  stream: NodeJS.WriteStream = process.stderr,
  /** Wraps each write (the console prints log lines above its prompt: src/platforms/console/prompt-line.ts). */
  around: (write: () => void) => void = (write) => write(),
): Logger {
  return createLogger((l) => around(() => stream.write(`${l}\n`)), undefined, {
    format: resolveLogFormat(config.format, stream.isTTY === true),
    ...(config.level ? { level: config.level } : {}),
  });
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** A logger that keeps lines in memory (tests read them). */
export function memoryLogger(opts: LogOptions = {}): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger((l) => lines.push(l), undefined, opts) };
}
