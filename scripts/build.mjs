// Builds dist/ from the TypeScript sources with esbuild, and tells whether dist/ is current.
// Plain JavaScript on purpose: the build must run without tsx (bin/cwg.js and bin/start.js call
// ensureBuilt() before every run, since the repo's .npmrc turns off install scripts and npm runs
// no pre/post hooks under it). esbuild itself is loaded only when a build is needed.
//
//   node scripts/build.mjs          build now (npm run build)
//   node scripts/build.mjs --check  exit 1 when dist/ is missing or stale
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, 'build-stamp.json');
/** What the bundles are made of: a change to any file here (or to this script) means a rebuild. */
const SOURCE_DIRS = ['src', 'commands', 'jobs'];
const SOURCE_FILES = ['package.json', 'scripts/build.mjs'];
/** Bundle entry points → output name in dist/ (dist/main.js, dist/cli.js). */
export const ENTRIES = { main: 'src/main.ts', cli: 'src/cli/main.ts' };
/**
 * npm packages stay external (loaded from node_modules as installed), except these small pure-ESM
 * libraries on every command's path: loading them file by file was most of `npx cwg`'s time (zod 4
 * alone is 106 modules, ~150 ms to load on the 2-core build machine; bundled, about half).
 */
export const INLINE_PACKAGES = [
  'zod',
  '@date-fns/tz',
  'lowdb',
  'steno',
  'ical-generator',
  'timezones-ical-library',
  'intl-messageformat',
  '@formatjs/fast-memoize',
  '@formatjs/icu-messageformat-parser',
  '@formatjs/icu-skeleton-parser',
];

/**
 * Every catalogue but English (src/i18n/catalogues/<lang>.ts, a thousand strings each, 80% of the bundle's text) is
 * written to dist/catalogues/<lang>.json and stands in the bundle as an object that reads its file on first use:
 * a start reads and builds only the languages it speaks (loading all six was ~17 ms of `cwg next-deadline`'s
 * ~170). English stays code: it is the fallback of every other catalogue. Only the contents are read
 * (`catalogue[id]`, src/i18n/messages.ts), so an object standing for the file does.
 */
const CATALOGUE_FILE = /[\\/]src[\\/]i18n[\\/]catalogues[\\/][a-z]{2}\.ts$/;
const lazyCatalogues = (written) => ({
  name: 'lazy-catalogues',
  setup(b) {
    b.onLoad({ filter: CATALOGUE_FILE }, async (args) => {
      const lang = path.basename(args.path, '.ts');
      if (lang === 'en') return undefined;
      const esbuild = await import('esbuild');
      // A catalogue imports types only: its compiled text runs on its own.
      const { code } = await esbuild.transform(readFileSync(args.path, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20.11' });
      const { default: catalogue } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      if (!catalogue || typeof catalogue !== 'object' || Object.values(catalogue).some((v) => typeof v !== 'string'))
        throw new Error(`${args.path}: a catalogue's default export must be an object of strings`);
      written.set(lang, catalogue);
      return {
        loader: 'js',
        contents: `import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// dist/catalogues/${lang}.json, read when this language is first used (scripts/build.mjs, lazyCatalogues).
let catalogue;
const load = () => {
  if (catalogue) return catalogue;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dist = path.basename(here) === 'chunks' ? path.dirname(here) : here;
  return (catalogue = JSON.parse(readFileSync(path.join(dist, 'catalogues', '${lang}.json'), 'utf8')));
};
export default new Proxy({}, {
  get: (_, id) => load()[id],
  has: (_, id) => id in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, id) => Reflect.getOwnPropertyDescriptor(load(), id),
});
`,
      };
    });
  },
});

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (INLINE_PACKAGES.includes(packageName(args.path)) ? undefined : { external: true }));
  },
};

function listSources() {
  const files = [];
  const walk = (rel) => {
    for (const ent of readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${ent.name}`;
      if (ent.isDirectory()) walk(child);
      else if (ent.isFile()) files.push(child);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(ROOT, dir))) walk(dir);
  for (const file of SOURCE_FILES) if (existsSync(path.join(ROOT, file))) files.push(file);
  return files.sort();
}

/** Cheap: names, sizes and modification times of every source file (no file is read). */
function statFingerprint(files) {
  const h = createHash('sha256');
  for (const f of files) {
    const st = statSync(path.join(ROOT, f));
    h.update(`${f}\0${st.size}\0${Math.trunc(st.mtimeMs)}\n`);
  }
  return h.digest('hex');
}

/** Exact: the contents, used when the times changed (a fresh copy, a checkout) to avoid a needless rebuild. */
function contentFingerprint(files) {
  const h = createHash('sha256');
  for (const f of files)
    h.update(`${f}\0`)
      .update(readFileSync(path.join(ROOT, f)))
      .update('\n');
  return h.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * 'current', 'missing' or 'stale'. Without sources next to dist/ (a runtime image that ships only
 * dist/), dist/ is what there is: 'current' when it was built at all.
 */
export function buildState() {
  const stamp = readStamp();
  if (!stamp || !Object.keys(ENTRIES).every((name) => existsSync(path.join(DIST, `${name}.js`)))) return 'missing';
  // The catalogues are read on first use, long after start: a missing one means a rebuild now, not a failure then.
  if (!(stamp.outputs ?? []).every((o) => !o.startsWith('catalogues/') || existsSync(path.join(DIST, o)))) return 'missing';
  if (!existsSync(path.join(ROOT, 'src'))) return 'current';
  const files = listSources();
  if (statFingerprint(files) === stamp.stat) return 'current';
  if (contentFingerprint(files) !== stamp.content) return 'stale';
  // Same contents, new times: remember the new times so the next start is the cheap check again.
  try {
    writeFileSync(STAMP, `${JSON.stringify({ ...stamp, stat: statFingerprint(files) }, null, 2)}\n`);
  } catch {
    // a read-only install: the content check is still right, only slower
  }
  return 'current';
}

/**
 * Bundles each entry with npm packages left external but INLINE_PACKAGES, ESM with code splitting, so the dynamic import of the Teams adapter stays a separate chunk and
 * teams-ai/botbuilder load only when BOT_ID is set. Writes into a private folder first and moves
 * each file into dist/ by rename, so a process starting meanwhile never reads half a file.
 */
export async function build({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const esbuild = await import('esbuild');
  const files = listSources();
  const stat = statFingerprint(files);
  const content = contentFingerprint(files);
  const tmp = path.join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(tmp, { recursive: true });
  } catch (e) {
    // A read-only install (systemd's ProtectSystem=strict, a root-owned checkout): say what to run.
    throw new Error(
      `cwg-bot: dist/ is missing or older than the sources and cannot be rebuilt here (${e.code ?? e.message}): run \`npm run build\` in ${ROOT} as its owner`,
    );
  }
  const started = performance.now();
  const catalogues = new Map();
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.11',
      plugins: [externalPackages, lazyCatalogues(catalogues)],
      // The build's id (src/paths.ts BUILD_ID): what the CLI's list of validated data files is valid for.
      define: { __CWG_BUILD_ID__: JSON.stringify(content) },
      sourcemap: 'linked',
      chunkNames: 'chunks/[name]-[hash]',
      metafile: true,
      logLevel: 'warning',
    });
    mkdirSync(path.join(tmp, 'catalogues'), { recursive: true });
    for (const [lang, catalogue] of catalogues) writeFileSync(path.join(tmp, 'catalogues', `${lang}.json`), JSON.stringify(catalogue));
    const outputs = [
      ...[...catalogues.keys()].map((lang) => `catalogues/${lang}.json`),
      ...Object.keys(result.metafile.outputs).map((o) => path.relative(tmp, path.join(ROOT, o))),
    ];
    // Catalogues and chunks first, entries after, the stamp last: an entry never points at a file not yet in place.
    const first = (o) => o.startsWith('chunks') || o.startsWith('catalogues');
    const order = [...outputs.filter(first), ...outputs.filter((o) => !first(o))];
    for (const rel of order) {
      mkdirSync(path.dirname(path.join(DIST, rel)), { recursive: true });
      renameSync(path.join(tmp, rel), path.join(DIST, rel));
    }
    const previous = readStamp();
    writeFileSync(STAMP, `${JSON.stringify({ stat, content, builtAt: new Date().toISOString(), entries: ENTRIES, outputs: order }, null, 2)}\n`);
    // Chunk names carry a hash, so old ones pile up: keep this build's and the previous build's (a process
    // started from it may still import one lazily), remove the rest.
    const keep = new Set([...order, ...(previous?.outputs ?? [])]);
    const chunkDir = path.join(DIST, 'chunks');
    for (const f of existsSync(chunkDir) ? readdirSync(chunkDir) : []) if (!keep.has(`chunks/${f}`)) rmSync(path.join(chunkDir, f), { force: true });
    log(`cwg-bot: built dist/ (${order.filter((o) => o.endsWith('.js')).length} files) in ${Math.round(performance.now() - started)} ms`);
    return order;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Builds when dist/ is missing or stale; returns what it found. */
export async function ensureBuilt(opts) {
  const state = buildState();
  if (state !== 'current') await build(opts);
  return state;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const state = buildState();
    process.stdout.write(`dist/: ${state}\n`);
    process.exitCode = state === 'current' ? 0 : 1;
  } else {
    await build();
  }
}
