/** Servers under benchmark, each in a process of its own so that it never shares an event loop with the load. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../src/common/paths';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * `script` (under dist/) with `env`, ready once `ready` answers 200. `nodeArgs` go to Node itself,
 * e.g. `--cpu-prof`.
 */
export async function serve(
  script: string,
  args: string[],
  env: Record<string, string>,
  ready: string,
  nodeArgs: string[] = [],
  /** How long to wait for `ready`: a first start on a new embedded database takes longest. */
  readyTimeoutMs = 60_000,
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, join(projectRoot(), 'dist', script), ...args], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${script} stopped with code ${child.exitCode}.`);
    const status = await fetch(`${base}${ready}`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (attempt * 100 > readyTimeoutMs) throw new Error(`${script} did not start within ${readyTimeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { base, child, stop };
}
