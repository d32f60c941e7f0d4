/**
 * A PostgreSQL server of the benchmark's own: its own data folder and port, started with the
 * machine's `initdb` and `pg_ctl` and removed afterwards, so that a benchmark that loads or restarts
 * the server never touches the machine's shared one.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresInstance {
  /** As the server's superuser, `postgres`, on its `postgres` database. */
  url: string;
  port: number;
  /** Stops the server (`immediate`: as if it crashed) and starts it again on the same data. */
  restart(mode: 'fast' | 'immediate', downForMs?: number): Promise<void>;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error('No PostgreSQL server binaries in /usr/lib/postgresql/*/bin: install postgresql.');
  return found;
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user. */
function commandLine(tool: string, args: string[]): [string, string[]] {
  const command = join(binDir(), tool);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

/** Without blocking: the load and the probes go on while the server stops and starts. */
async function run(tool: string, args: string[]): Promise<void> {
  const [command, commandArgs] = commandLine(tool, args);
  await promisify(execFile)(command, commandArgs);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresInstance> {
  const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-pg-'));
  chmodSync(folder, 0o777);
  const data = join(folder, 'data');
  const port = await freePort();
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', folder]);
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']);
  const stopWith = (mode: string) => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart(mode, downForMs = 0) {
      await stopWith(mode);
      await new Promise((resolve) => setTimeout(resolve, downForMs));
      await start();
    },
    async stop() {
      try {
        await stopWith('fast');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
