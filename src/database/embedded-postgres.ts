import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder, served on a loopback port
 * so that the ordinary `pg` driver, and anything else that speaks Postgres, can use it.
 *
 * PGlite is one session: the socket server is limited to one connection, and callers size
 * their pool to one. Its multiplexer could accept more, but it interleaves the extended-protocol
 * messages of different connections outside transactions, which is not safe for `pg`.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lockFile: string | null,
    readonly url: string,
  ) {}

  /** `dataDir` null: in memory, gone when closed (tests). */
  static async start(dataDir: string | null): Promise<EmbeddedPostgres> {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    let lockFile: string | null = null;
    let db: PGlite;
    if (dataDir === null) {
      db = await PGlite.create();
    } else {
      mkdirSync(dataDir, { recursive: true });
      lockFile = takeLock(dataDir);
      try {
        db = await PGlite.create(join(dataDir, 'pglite'));
      } catch (error) {
        releaseLock(lockFile);
        throw error;
      }
    }
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const port = (server as unknown as { port: number }).port;
    return new EmbeddedPostgres(db, server, lockFile, `postgresql://postgres@127.0.0.1:${port}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    if (this.lockFile !== null) releaseLock(this.lockFile);
  }
}

/** Folders this process has open: a second open of one is refused like another process's. */
const openHere = new Set<string>();

/** Two PGlite instances writing one folder would corrupt it: the second is refused. */
function takeLock(dataDir: string): string {
  const lockFile = join(dataDir, 'pglite.lock');
  if (openHere.has(lockFile)) {
    throw new Error(`The embedded database in ${dataDir} is already open in this process.`);
  }
  openHere.add(lockFile);
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return lockFile;
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      openHere.delete(lockFile);
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder}; stop it first, or set DATA_DIR to another folder.`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
    return lockFile;
  }
}

function releaseLock(lockFile: string): void {
  rmSync(lockFile, { force: true });
  openHere.delete(lockFile);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
