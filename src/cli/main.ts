import { parseArgs } from 'node:util';
import { createBot } from '../bot.js';
import { rehearsalClock, systemClock } from '../clock.js';
import { isValidTimeZone } from '../calendar/validate.js';
import { loadConfig } from '../config.js';
import { ConfigError, StoreError } from '../errors.js';
import { defaultExportDir, saveReplyFileAndSay } from '../export/save-reply-file.js';
import { supportedLanguage } from '../i18n/choose-language.js';
import { messagesFor, SUPPORTED_LANGUAGES } from '../i18n/index.js';
import { createLogger, resolveLogFormat } from '../log.js';
import { openLowdbStore } from '../store/lowdb-store.js';
import { callerFromFlags } from './caller.js';
import { runConfigCommand } from './config-check.js';

/** The CLI's own words (English, or --lang's); its replies come from the bot in the caller's language. */
export const CLI_USAGE = messagesFor().cli.usage;

const USAGE_CODES = new Set(['USAGE', 'UNKNOWN_COMMAND', 'TOO_LONG', 'VALIDATION', 'BAD_DATE', 'CONFIRM']);

export async function runCli(argv: string[], env: NodeJS.ProcessEnv, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        now: { type: 'string' },
        json: { type: 'boolean', default: false },
        data: { type: 'string' },
        tz: { type: 'string' },
        lang: { type: 'string' },
        user: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        // "send it again with confirm" (a far date, an import code) also works as a flag
        confirm: { type: 'boolean', short: 'y', default: false },
        yes: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    err(messagesFor().cli.badOption((e as Error).message));
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = supportedLanguage(values.lang);
  const words = messagesFor(lang);
  if (values.lang !== undefined && !lang) {
    err(words.cli.badLang(values.lang, SUPPORTED_LANGUAGES));
    return 2;
  }
  if (values.help) {
    out(words.cli.usage);
    return 0;
  }
  if (!positionals.length) {
    err(`${words.cli.noCommand}\n\n${words.cli.usage}`);
    return 2;
  }
  // `config check` inspects the configuration itself, so it must work when the configuration is wrong.
  if (positionals[0] === 'config') return runConfigCommand(positionals.slice(1), env, values.json, out, err);
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    err(words.cli.badNow(values.now));
    return 2;
  }
  if (values.tz !== undefined && !isValidTimeZone(values.tz)) {
    err(words.cli.badTz(values.tz));
    return 2;
  }
  let store;
  try {
    const config = loadConfig(env);
    const log = createLogger(err, undefined, {
      format: resolveLogFormat(config.log?.format, process.stderr.isTTY === true),
      ...(config.log ? { level: config.log.level } : {}),
    });
    const dataFile = values.data ?? config.dataFile;
    const now = values.now ? new Date(values.now) : config.now;
    store = await openLowdbStore(dataFile, { ...(config.seedFile ? { seedFile: config.seedFile } : {}), log: (l) => log.info(l) });
    const bot = createBot({ config: { ...config, dataFile }, store, clock: now ? rehearsalClock(now) : systemClock, log });
    const tz = values.tz ?? config.tz;
    const words = values.confirm || values.yes ? [...positionals, 'confirm'] : positionals;
    const reply = await bot.handle(joinWords(words), callerFromFlags(values.user, tz, lang), { platform: 'cli', id: 'cli' });
    const saved = await saveReplyFileAndSay(reply, config.exportDir ?? defaultExportDir(config.dataFile), messagesFor(reply.lang));
    if (values.json) out(JSON.stringify(reply, null, 2));
    else if (reply.tone === 'error') err(reply.text);
    else out(reply.text);
    if (saved && !values.json) (saved.ok ? out : err)(saved.line);
    if (saved && !saved.ok) return 1;
    if (reply.tone !== 'error') return 0;
    return USAGE_CODES.has(reply.error?.code ?? '') ? 2 : 1;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof StoreError) {
      err(words.cli.failed(e.message));
      return 1;
    }
    throw e;
  } finally {
    await store?.close();
  }
}

/**
 * The shell already split the words; keep each one whole for the bot's tokenizer, so
 * `npx cwg add event title="Open consultation"` means the same as in chat.
 */
export function joinWords(words: string[]): string {
  return words
    .map((w) => {
      if (!/\s/.test(w)) return w;
      const quote = w.includes('"') ? ['«', '»'] : ['"', '"'];
      const m = /^([a-z][\w-]*)=(.*)$/is.exec(w);
      return m ? `${m[1]}=${quote[0]}${m[2]}${quote[1]}` : `${quote[0]}${w}${quote[1]}`;
    })
    .join(' ');
}

// Run when executed directly (bin/cwg.js or `tsx src/cli/main.ts`), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:bin[\\/]cwg(?:\.js)?|src[\\/]cli[\\/]main\.ts)$/.test(entry)) {
  const code = await runCli(
    process.argv.slice(2),
    process.env,
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
  process.exitCode = code;
}
