import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md, checked on the real import graph: every .ts file under src/,
 * commands/ and jobs/ is read and its imports resolved to folders. A new import that points the
 * wrong way fails here with the file and the line that did it.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The kernel every layer may use: typed errors, the Clock type, the logger. They import nothing. */
const KERNEL = ['src/errors', 'src/clock', 'src/log', 'src/paths'];

/**
 * Which folder may import which (besides itself and the kernel). Read bottom-up: a layer may only
 * import layers listed for it, and the table has no cycle, so the graph cannot have one either.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  'src/errors': [],
  'src/clock': [],
  'src/log': [],
  'src/paths': [],
  /** The neutral Metrics interface (metrics.ts) and its Prometheus implementation, wired by the composition root. */
  'src/metrics': ['src/store', 'src/http'],
  /** The variable reference shown by --help and config check. */
  'src/config-help': ['src/config'],
  'src/calendar': [],
  'src/config': ['src/calendar'],
  'src/i18n': ['src/calendar'],
  'src/store': ['src/calendar'],
  'src/render': ['src/calendar', 'src/i18n'],
  'src/editing': ['src/calendar', 'src/i18n', 'src/store', 'src/render'],
  /** Reading reports, spreadsheets and calendars into proposals (the draft's shape from src/store): no platform, no store writes. */
  'src/intake': ['src/calendar', 'src/i18n', 'src/store', 'src/editing'],
  'src/dispatch': ['src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/render', 'src/editing'],
  'src/answers': ['src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/render', 'src/editing', 'src/dispatch'],
  'src/reminders': ['src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/render', 'src/dispatch', 'src/answers', 'src/metrics'],
  'src/export': ['src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/render', 'src/dispatch', 'src/answers'],
  commands: [
    'src/calendar',
    'src/config',
    'src/i18n',
    'src/store',
    'src/render',
    'src/editing',
    'src/dispatch',
    'src/answers',
    'src/reminders',
    'src/export',
    'src/intake',
  ],
  'src/bot': ['src/config', 'src/i18n', 'src/store', 'src/render', 'src/dispatch', 'commands', 'src/metrics'],
  'src/http': ['src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/render', 'src/answers', 'src/export'],
  jobs: ['src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/render', 'src/reminders', 'src/metrics'],
  /** src/platforms/adapter.ts: the shape every adapter returns. */
  'src/platforms': ['src/http', 'src/reminders'],
  ...Object.fromEntries(
    ['slack', 'teams', 'console'].map((p) => [
      `src/platforms/${p}`,
      [
        'src/calendar',
        'src/config',
        'src/i18n',
        'src/store',
        'src/render',
        'src/editing',
        'src/dispatch',
        'src/answers',
        'src/reminders',
        'src/export',
        'src/http',
        'src/bot',
        'src/platforms',
      ],
    ]),
  ),
  'src/cli': ['src/config-help', 'src/calendar', 'src/config', 'src/i18n', 'src/store', 'src/dispatch', 'src/export', 'src/bot'],
  /**
   * The composition roots: the only files that see everything, so they can wire jobs/ into the
   * scheduler and pick the adapters. (src/cli/main.ts is the other root; it runs one command and
   * needs no jobs.)
   */
  'src/main': ['*'],
};

/** npm packages only one folder may import. */
const PACKAGE_OWNERS: Array<[RegExp, string]> = [
  [/^@slack\//, 'src/platforms/slack'],
  [/^(botbuilder|botframework-|@microsoft\/)/, 'src/platforms/teams'],
];
/**
 * The one exception: the Block Kit renderer (src/render/slack-blocks.ts) takes its block types
 * from @slack/types with `import type`, which is erased at build time, so no Slack code runs there.
 */
const TYPE_ONLY_PACKAGES: Record<string, readonly string[]> = { 'src/render': ['@slack/types'] };

/** src/calendar is pure domain: dates, items, queries. */
const CALENDAR_PACKAGES = new Set(['zod', 'date-fns', '@date-fns/tz']);

/** The core takes the time as a parameter (`now`, a Clock); these folders never read the system clock. */
const CLOCK_FREE = [
  'src/calendar',
  'src/intake',
  'src/reminders',
  'src/render',
  'src/answers',
  'src/editing',
  'src/dispatch',
  'src/export',
  'commands',
  'jobs',
];
/** The files that read the real time, and hand it on as a Clock. */
const CLOCK_FILES = ['src/clock.ts', 'src/log.ts'];

interface Import {
  file: string;
  line: number;
  spec: string;
  /** Repository-relative .ts path for a local import; undefined for a package. */
  target?: string;
  /** `import type …` / `export type …`: gone at run time. */
  typeOnly?: boolean;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts')) out.push(rel);
    }
  };
  for (const top of ['src', 'commands', 'jobs']) walk(top);
  return out.sort();
}

/** Comments out, strings kept: an import named in a comment is not an import. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function importsOf(file: string, text = readFileSync(path.join(ROOT, file), 'utf8')): Import[] {
  const code = stripComments(text);
  const found: Import[] = [];
  const patterns = [/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) {
      const spec = m[1]!;
      const line = code.slice(0, m.index).split('\n').length + (m[0].slice(0, m[0].indexOf(spec)).split('\n').length - 1);
      const target = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts') : undefined;
      const typeOnly = /^\s*(?:import|export)\s+type\s/.test(m[0]);
      found.push({ file, line, spec, ...(target ? { target } : {}), ...(typeOnly ? { typeOnly } : {}) });
    }
  }
  return found;
}

/** The layer a file belongs to: src/<folder>, src/platforms/<platform>, src/<file> for a top-level file, or the top folder. */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src') return parts[0]!;
  if (parts.length === 2) return `src/${parts[1]!.replace(/\.ts$/, '')}`;
  if (parts[1] === 'platforms' && parts.length > 3) return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

const packageName = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

const files = sourceFiles();
const imports = files.flatMap((f) => importsOf(f));
const where = (i: Import) => `${i.file}:${i.line} imports ${i.spec}`;

describe('the import graph', () => {
  it('is read from the real files (the parser finds imports it must find)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.file === 'src/bot.ts' && i.target === 'commands/index.ts')).toBe(true);
    expect(imports.some((i) => i.file === 'src/platforms/slack/slack-app.ts' && i.spec === '@slack/bolt')).toBe(true);
    // a dynamic import, and a multi-line import list
    expect(importsOf('x/a.ts', "const t = await import('../y/b.js');\nimport {\n  a,\n  b,\n} from './c.js';")).toEqual([
      { file: 'x/a.ts', line: 5, spec: './c.js', target: 'x/c.ts' },
      { file: 'x/a.ts', line: 1, spec: '../y/b.js', target: 'y/b.ts' },
    ]);
    expect(importsOf('x/a.ts', "// import { a } from './gone.js';\n/* import('./gone.js') */")).toEqual([]);
    expect(importsOf('x/a.ts', "import type { A } from '@slack/types';")).toEqual([{ file: 'x/a.ts', line: 1, spec: '@slack/types', typeOnly: true }]);
  });

  it('every layer is in the table, and every local import resolves to a file', () => {
    const known = new Set(files);
    expect([...new Set(files.map(layerOf))].filter((l) => !(l in ALLOWED))).toEqual([]);
    expect(imports.filter((i) => i.target && !known.has(i.target)).map(where)).toEqual([]);
  });

  it('points one way: each layer imports only the layers the table allows', () => {
    const wrong = imports.filter((i) => {
      if (!i.target) return false;
      const from = layerOf(i.file);
      const to = layerOf(i.target);
      const allowed = ALLOWED[from] ?? [];
      return from !== to && !KERNEL.includes(to) && !allowed.includes('*') && !allowed.includes(to);
    });
    expect(wrong.map((i) => `${where(i)} (${layerOf(i.file)} → ${layerOf(i.target!)})`)).toEqual([]);
  });

  it('has no cycle between folders, in the table or in the code', () => {
    const edges = new Map<string, Set<string>>();
    const add = (a: string, b: string) => {
      if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    };
    for (const [from, tos] of Object.entries(ALLOWED)) for (const to of tos) if (to !== '*') add(from, to);
    for (const i of imports) if (i.target) add(layerOf(i.file), layerOf(i.target));
    for (const k of KERNEL) expect(edges.get(k) ?? new Set()).toEqual(new Set());
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const start of edges.keys()) if (start !== 'src/main') visit(start, []);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it('only the composition root imports jobs/', () => {
    expect(imports.filter((i) => i.target?.startsWith('jobs/') && !i.file.startsWith('jobs/') && i.file !== 'src/main.ts').map(where)).toEqual([]);
  });

  it('chat libraries stay in their platform folder', () => {
    const wrong = imports.filter((i) => {
      if (i.target) return false;
      const owner = PACKAGE_OWNERS.find(([re]) => re.test(i.spec))?.[1];
      const typeOnlyAllowed = i.typeOnly && TYPE_ONLY_PACKAGES[layerOf(i.file)]?.includes(packageName(i.spec));
      return owner !== undefined && layerOf(i.file) !== owner && !typeOnlyAllowed;
    });
    expect(wrong.map(where)).toEqual([]);
  });

  it('src/calendar imports nothing but itself, zod, date-fns and @date-fns/tz', () => {
    const wrong = imports.filter(
      (i) => layerOf(i.file) === 'src/calendar' && (i.target ? layerOf(i.target) !== 'src/calendar' : !CALENDAR_PACKAGES.has(packageName(i.spec))),
    );
    expect(wrong.map(where)).toEqual([]);
  });

  it('reads the environment only in loadConfig and the composition roots', () => {
    const readers = ['src/config.ts', 'src/main.ts', 'src/cli/main.ts'];
    const wrong = files.filter((f) => !readers.includes(f) && /\bprocess\.env\b/.test(stripComments(readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(wrong).toEqual([]);
  });

  it('the core never reads the system clock (the time is a parameter)', () => {
    const wrong: string[] = [];
    for (const file of files) {
      if (CLOCK_FILES.includes(file) || !CLOCK_FREE.includes(layerOf(file))) continue;
      const code = stripComments(readFileSync(path.join(ROOT, file), 'utf8'));
      code.split('\n').forEach((text, n) => {
        if (/\bnew Date\(\s*\)|\bDate\.now\(/.test(text)) wrong.push(`${file}:${n + 1}: ${text.trim()}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
