import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.js';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const FILES = ['README.md', 'docs/deployment.md', 'Dockerfile', '.ci/run'];

describe('what the docs say about Node versions', () => {
  it('calls no release "the current LTS" (that changes every October), and names Node 20 as what the project runs on', () => {
    for (const file of FILES) expect(read(file), file).not.toMatch(/current LTS/i);
    expect(read('README.md')).toMatch(/\*\*Node\.js 20\*\* \(≥ 20\.11/);
    expect(read('docs/deployment.md')).toMatch(/\*\*Node\.js 20\*\* \(≥ 20\.11/);
  });

  it('names as verified exactly the versions .ci/run tests, and the engines field allows Node 20.11', () => {
    const versions = /for version in ([\d. ]+); do/.exec(read('.ci/run'))![1]!.trim().split(/\s+/);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      expect(read('README.md'), v).toContain(v);
      expect(read('docs/deployment.md'), v).toContain(v);
    }
    expect((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node).toMatch(/\^20\.11/);
  });
});
