import { parseArgs } from 'node:util';
import { createBot } from '../bot.js';
import { fixedClock, systemClock } from '../clock.js';
import { canonicalZone } from '../calendar/validate.js';
import { loadConfig } from '../config.js';
import { EXIT_CODES } from '../errors.js';
import { defaultExportDir, saveReplyFileAndSay } from '../export/save-reply-file.js';
import { supportedLanguage } from '../i18n/choose-language.js';
import { messagesFor, SUPPORTED_LANGUAGES } from '../i18n/index.js';
import { startupProblem } from '../i18n/startup-errors.js';
import { createLogger, resolveLogFormat } from '../log.js';
import { openStore, type StoreConfig } from '../store/open-store.js';
import { BUILD_ID, packagePath } from '../paths.js';
import { isDatabaseUrl } from '../store/postgres/database-url.js';
import { forRehearsal } from '../store/rehearsal-copy.js';
import { validatedTextsIn, validationKey } from '../store/validated-texts.js';
import { runBackup } from './backup-command.js';
import { callerFromFlags } from './caller.js';
import { runConfigCommand } from './config-check.js';
import { runMigrateData } from './migrate-data-command.js';
import { runRestore } from './restore-command.js';

/** The CLI's own words (English, or --lang's); its replies come from the bot in the caller's language. */
const en = messagesFor();
export const CLI_USAGE = `${en.cli.usage}\n\n${en.cli.data.usage}`;
/** Commands about the data itself, run by the CLI rather than the bot (src/cli/*-command.ts). */
const DATA_COMMANDS = new Set(['backup', 'restore', 'migrate-data']);

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
        database: { type: 'string' },
        force: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
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
  const said = messagesFor(lang);
  if (values.lang !== undefined && !lang) {
    err(said.cli.badLang(values.lang, SUPPORTED_LANGUAGES));
    return 2;
  }
  // `npx cwg upcoming --help` is the bot's help for that command; the data commands and `config` are in the usage.
  const helpFor = values.help && positionals[0] && !DATA_COMMANDS.has(positionals[0]) && positionals[0] !== 'config' ? positionals[0] : undefined;
  if (values.help && !helpFor) {
    out(`${said.cli.usage}\n\n${said.cli.data.usage}`);
    return 0;
  }
  if (!positionals.length) {
    err(`${said.cli.noCommand}\n\n${said.cli.usage}`);
    return 2;
  }
  // `config check` inspects the configuration itself, so it must work when the configuration is wrong.
  if (positionals[0] === 'config') return runConfigCommand(positionals.slice(1), env, values.json, out, err);
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    err(said.cli.badNow(values.now));
    return 2;
  }
  if (values.database !== undefined && !isDatabaseUrl(values.database)) {
    err(said.cli.badOption(`--database "${values.database}" is not a postgres:// URL`));
    return 2;
  }
  if (values.tz !== undefined && !canonicalZone(values.tz)) {
    err(said.cli.badTz(values.tz));
    return 2;
  }
  let store;
  try {
    const config = loadConfig(env);
    // --database, then --data, then CWG_DATABASE_URL, then CWG_DATA_FILE.
    const storeConfig: StoreConfig = {
      dataFile: values.data ?? config.dataFile,
      ...(values.database !== undefined
        ? { databaseUrl: values.database }
        : values.data === undefined && config.databaseUrl
          ? { databaseUrl: config.databaseUrl }
          : {}),
      ...(config.seedFile ? { seedFile: config.seedFile } : {}),
    };
    if (DATA_COMMANDS.has(positionals[0]!)) {
      const io = { out, err, words: said.cli.data };
      const clock = values.now ? fixedClock(new Date(values.now)) : systemClock;
      if (positionals[0] === 'backup') return await runBackup(positionals.slice(1), storeConfig, clock, io);
      if (positionals[0] === 'restore') return await runRestore(positionals.slice(1), storeConfig, values.force, io);
      return await runMigrateData(values.from, values.to, values.force, io);
    }
    const log = createLogger(err, undefined, {
      format: resolveLogFormat(config.log?.format, process.stderr.isTTY === true),
      ...(config.log ? { level: config.log.level } : {}),
    });
    const now = values.now ? new Date(values.now) : config.now;
    // A rehearsal (--now, CWG_NOW) works on a scratch copy unless --data or CWG_DATA_FILE names the file.
    const rehearsal = forRehearsal(
      { ...storeConfig, dataFileExplicit: values.data !== undefined || config.dataFileExplicit === true, ...(now ? { now } : {}) },
      (file, scratch) => log.info(said.startup.rehearsalCopy(file, scratch)),
    );
    const { dataFile } = rehearsal;
    // Compiled, the CLI remembers which data-file texts it proved valid (dist/validated-data.json): an unchanged
    // file is not validated again by every command. From the sources (tsx, tests) there is no build to key it on.
    const validated = BUILD_ID ? validatedTextsIn(packagePath('dist', 'validated-data.json'), validationKey(BUILD_ID)) : undefined;
    store = await openStore(rehearsal, { log: (l) => log.info(l), ...(validated ? { validated } : {}) });
    // One command: "as if at" --now means at that instant, not a clock that ran on while the store opened
    // (a few milliseconds turned "in 29 hours" into "in 28 hours" on a slower run).
    const bot = createBot({ config: { ...config, dataFile }, store, clock: now ? fixedClock(now) : systemClock, log });
    // "europe/paris" is a zone too, shown as the IANA database spells it
    const zone = values.tz ?? config.tz;
    const tz = zone ? canonicalZone(zone) : undefined;
    const words = helpFor ? ['help', helpFor] : values.confirm || values.yes ? [...positionals, 'confirm'] : positionals;
    // Progress of a long read (a 200-page PDF) goes to stderr, so stdout stays the answer (or its JSON).
    const reply = await bot.handle(joinWords(words), callerFromFlags(values.user, tz, lang), { platform: 'cli', id: 'cli' }, { progress: err });
    const saved = await saveReplyFileAndSay(reply, config.exportDir ?? defaultExportDir(config.dataFile), messagesFor(reply.lang));
    if (values.json) out(JSON.stringify(withProposals(reply), null, 2));
    else if (reply.tone === 'error') err(reply.text);
    else out(reply.text);
    if (saved && !values.json) (saved.ok ? out : err)(saved.line);
    if (saved && !saved.ok) return EXIT_CODES.other;
    if (reply.tone !== 'error') return EXIT_CODES.ok;
    return USAGE_CODES.has(reply.error?.code ?? '') ? EXIT_CODES.config : EXIT_CODES.other;
  } catch (e) {
    // One line naming what to fix, and the exit code of docs/deployment.md (2 configuration, 3 data file, 1 other).
    const problem = startupProblem(e, said);
    err(said.cli.failed(problem.line));
    return problem.exitCode;
  } finally {
    await store?.close();
  }
}

/** `import --json`: the reply model plus the draft's `proposals` at the top level (the documented shape). */
function withProposals(reply: { data?: unknown }): unknown {
  const proposals = (reply.data as { proposals?: unknown } | undefined)?.proposals;
  return proposals ? { ...reply, proposals } : reply;
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
