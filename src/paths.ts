import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder (the one holding package.json), found by walking up from this module,
 * so paths to shipped files (data/calendar.seed.json) are the same whether the code runs from src/
 * through tsx or bundled into dist/ (where this module's own location is a different depth).
 */
export function findPackageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}

export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. packagePath('data', 'calendar.seed.json'). */
export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}

/** Set by scripts/build.mjs in the compiled bundles (esbuild `define`): the content hash of the sources built. */
declare const __CWG_BUILD_ID__: string | undefined;

/** The id of the build this code runs from (dist/), or undefined when it runs from the TypeScript sources. */
export const BUILD_ID: string | undefined = typeof __CWG_BUILD_ID__ === 'string' ? __CWG_BUILD_ID__ : undefined;
