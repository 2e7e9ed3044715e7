import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);

export interface Memory {
  rss: number;
  heapUsed: number;
  peakRss: number;
  /** Longest event-loop stall in the server since the previous reading, ms. */
  maxStallMs: number;
}

/** The attacked server (bench/hardening.child.ts) in its own process. */
export async function startTarget(dataFile: string): Promise<{ child: ChildProcess; port: number; memory(): Promise<Memory>; stop(): void }> {
  const child = fork(path.join(here, 'hardening.child.ts'), [dataFile], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`target exited (${code})`)));
  });
  return {
    child,
    port,
    memory: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as Memory));
        child.send('rss');
      }),
    stop: () => void child.send('stop'),
  };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Polls /healthz one request at a time until stopped; the slowest answer, in ms. */
export function watchHealth(url: string): { stop(): Promise<{ max: number; count: number }> } {
  let running = true;
  let max = 0;
  let count = 0;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      max = Math.max(max, performance.now() - t);
      count++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { max, count };
    },
  };
}
