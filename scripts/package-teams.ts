/**
 * `npm run package:teams`: the app package to upload in Teams (Apps → Manage your apps → Upload an
 * app, or the Teams admin center): manifest/teams/manifest.json with the bot id filled in, plus the
 * two icons, zipped flat as Teams wants them.
 *
 *   BOT_ID=<Microsoft App ID> npm run package:teams [-- --out out/cwg-teams.zip]
 *
 * TEAMS_APP_ID (the app's own id in Teams) defaults to BOT_ID; TEAMS_APP_VERSION overrides the
 * manifest version (raise it to update an installed app).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { ConfigError } from '../src/errors.js';

export const MANIFEST_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'manifest', 'teams');
export const DEFAULT_OUT = 'out/cwg-teams.zip';
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;

export interface PackageOptions {
  botId: string | undefined;
  appId?: string | undefined;
  version?: string | undefined;
  dir?: string;
}

/** The filled-in manifest and the zip bytes; throws ConfigError naming the variable to fix. */
export function buildTeamsPackage(opts: PackageOptions): { manifest: Record<string, unknown>; zip: Uint8Array } {
  const botId = opts.botId?.trim();
  if (!botId) {
    throw new ConfigError(
      "BOT_ID is not set. Set it to the bot's Microsoft App ID (Azure portal → your Azure Bot → Configuration, or the Teams Developer Portal → Tools → Bot management), e.g. BOT_ID=00000000-0000-0000-0000-000000000000 npm run package:teams",
      ['BOT_ID'],
    );
  }
  if (!GUID.test(botId)) throw new ConfigError(`BOT_ID "${botId}" is not a Microsoft App ID (a GUID like 00000000-0000-0000-0000-000000000000)`, ['BOT_ID']);
  const appId = opts.appId?.trim() || botId;
  if (!GUID.test(appId)) throw new ConfigError(`TEAMS_APP_ID "${appId}" is not a GUID`, ['TEAMS_APP_ID']);
  const version = opts.version?.trim();
  if (version && !SEMVER.test(version)) throw new ConfigError(`TEAMS_APP_VERSION "${version}" must look like 1.0.1`, ['TEAMS_APP_VERSION']);
  const dir = opts.dir ?? MANIFEST_DIR;
  const template = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${{…}} is the manifest's own placeholder syntax, not a template literal.
  const filled = template.replaceAll('${{BOT_ID}}', botId).replaceAll('${{TEAMS_APP_ID}}', appId);
  const left = /\$\{\{(\w+)\}\}/.exec(filled);
  if (left) throw new ConfigError(`manifest/teams/manifest.json still has a placeholder \${{${left[1]}}} that this script does not fill`, [left[1]!]);
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  if (version) manifest.version = version;
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') };
  for (const icon of PACKAGE_FILES.slice(1)) files[icon] = readFileSync(path.join(dir, icon));
  return { manifest, zip: zipSync(files, { level: 9 }) };
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function main(argv: string[], env: NodeJS.ProcessEnv): number {
  const i = argv.indexOf('--out');
  const out = path.resolve(i >= 0 && argv[i + 1] ? argv[i + 1]! : DEFAULT_OUT);
  try {
    const { manifest, zip } = buildTeamsPackage({ botId: env.BOT_ID, appId: env.TEAMS_APP_ID, version: env.TEAMS_APP_VERSION });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, zip);
    process.stdout.write(
      `Wrote ${displayPath(out)} (${zip.length} bytes): Teams app ${String(manifest.id)} version ${String(manifest.version)} for bot ${env.BOT_ID?.trim()}.\n` +
        'Upload it in Teams (Apps → Manage your apps → Upload an app) or in the Teams admin center (Teams apps → Manage apps → Upload).\n',
    );
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`package:teams: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (/package-teams\.ts$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2), process.env);
