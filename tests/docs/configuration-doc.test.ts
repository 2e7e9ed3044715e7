import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_DEFAULTS, ENV_VARIABLES } from '../../src/config/env-schema.js';
import { ENV_SUMMARY, environmentHelp } from '../../src/config-help.js';
import { REPO_ROOT } from '../support/fixtures.js';

/** The variables of docs/configuration.md's table (between its markers), in order. */
function documented(): string[] {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
  const table = /<!-- variables:start[^>]*-->([\s\S]*?)<!-- variables:end -->/.exec(text)?.[1];
  if (!table) throw new Error('docs/configuration.md lost its variables table markers');
  return [...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]!);
}

/** The default column of each documented variable. */
function documentedDefaults(): Map<string, string> {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
  const table = /<!-- variables:start[^>]*-->([\s\S]*?)<!-- variables:end -->/.exec(text)![1]!;
  return new Map([...table.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]*) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the configuration reference', () => {
  it('docs/configuration.md gives the defaults the code applies', () => {
    const docs = documentedDefaults();
    for (const [name, value] of Object.entries(ENV_DEFAULTS)) {
      // Plain values are written as they are; descriptions (the seed's path, the log format) in words.
      if (/^[\w./-]+$/.test(value)) expect(docs.get(name), name).toBe(`\`${value}\``);
    }
    // The export folder is beside the data file (private), not in the shared temporary folder.
    expect(ENV_DEFAULTS.CWG_EXPORT_DIR).toMatch(/^<data dir>\/exports/);
    expect(docs.get('CWG_EXPORT_DIR')).toMatch(/`exports\/` beside the data file/);
    for (const page of ['configuration.md', 'export.md', 'security.md']) {
      expect(readFileSync(path.join(REPO_ROOT, 'docs', page), 'utf8'), page).not.toMatch(/tmpdir>\/cwg-exports/);
    }
  });

  it('docs/configuration.md lists every variable loadConfig reads, and no other', () => {
    const docs = documented();
    expect(
      docs.filter((v) => !ENV_VARIABLES.includes(v as never)),
      'documented but not read (stale)',
    ).toEqual([]);
    expect(
      ENV_VARIABLES.filter((v) => !docs.includes(v)),
      'read but not documented (missing)',
    ).toEqual([]);
    expect(new Set(docs).size).toBe(docs.length);
  });

  it('npm start --help and config check have a line for every variable', () => {
    const help = environmentHelp();
    for (const v of ENV_VARIABLES) {
      expect(ENV_SUMMARY[v], v).toBeTruthy();
      expect(help).toMatch(new RegExp(`^  ${v} `, 'm'));
    }
  });

  it('.env.example names only variables the bot reads', () => {
    const example = readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(ENV_VARIABLES).toContain(n);
  });
});
