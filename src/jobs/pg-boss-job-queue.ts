import { Logger } from '@nestjs/common';
import PgBoss from 'pg-boss';
import {
  cronOf,
  DEFAULT_JOB_OPTIONS,
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type JobState,
  type JobStatus,
  PermanentJobError,
  reasonOf,
  SCHEDULE_TIME_ZONE,
  type WorkOptions,
} from './job-queue';

/** The schema pg-boss keeps its tables in; the migration that made it names it too. */
export const PG_BOSS_SCHEMA = 'pgboss';

export interface PgBossSettings {
  /** The app's role (DATABASE_URL): it owns nothing, and pg-boss's schema was made by the owner's migration. */
  connectionString?: string;
  /** Or run pg-boss's SQL through another connection. */
  db?: PgBoss.Db;
  /** Connections of its own (default 4). */
  poolSize?: number;
  /** How often an idle worker asks for work (default 2 s; a job queued by this instance wakes its worker at once). */
  pollingIntervalSeconds?: number;
  /** How often schedules are looked at (default 30 s, at least 1). */
  cronIntervalSeconds?: number;
}

const STATES: Record<string, JobState> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'done',
  failed: 'failed',
  cancelled: 'failed',
};

interface BossRow {
  id: string;
  name: string;
  data: Record<string, unknown> | null;
  state: string;
  output: Record<string, unknown> | null;
  retry_count: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
}

const COLUMNS = 'id, name, data, state, output, retry_count, created_on, started_on, completed_on';

/**
 * The server's queue: pg-boss 10 in the app's own database, so every instance of the app shares
 * the jobs and each runs once (a worker takes a job with `FOR UPDATE SKIP LOCKED`). pg-boss's
 * tables belong to the owner; the app's role may read and change their rows and make a queue,
 * through the one function the owner lets it run (see the AddJobQueue migration).
 * What a job is doing is kept in its `output` while it runs; pg-boss replaces that with the
 * result when it completes and with the error when an attempt fails.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly boss: PgBoss;
  private readonly logger = new Logger('Jobs');
  private readonly queues = new Map<string, Promise<void>>();
  private readonly workers = new Map<string, string[]>();
  private readonly db: PgBoss.Db;

  constructor(settings: PgBossSettings) {
    this.boss = new PgBoss({
      ...(settings.db
        ? { db: settings.db }
        : { connectionString: settings.connectionString, max: settings.poolSize ?? 4 }),
      application_name: 'improvement-tracker jobs',
      schema: PG_BOSS_SCHEMA,
      migrate: false,
      supervise: true,
      schedule: true,
      pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2,
      cronMonitorIntervalSeconds: settings.cronIntervalSeconds ?? 30,
      cronWorkerIntervalSeconds: Math.min(settings.cronIntervalSeconds ?? 5, 5),
    });
    this.boss.on('error', (error: Error) => this.logger.error(`Job queue: ${reasonOf(error)}`));
    this.db = settings.db ?? { executeSql: (text, values) => this.ownDb().executeSql(text, values) };
  }

  async start(): Promise<void> {
    await this.boss.start();
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    this.workers.clear();
    this.queues.clear();
  }

  async enqueue(name: string, data: Record<string, unknown>, options: JobOptions = {}): Promise<string> {
    await this.queue(name);
    const id = await this.boss.send(name, data, sendOptions(options));
    if (id === null) throw new Error(`The ${name} job was not queued.`);
    // A worker in this instance starts it now rather than at its next look.
    for (const worker of this.workers.get(name) ?? []) this.boss.notifyWorker(worker);
    return id;
  }

  async work(name: string, handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    await this.queue(name);
    const ids: string[] = [];
    for (let slot = 0; slot < Math.max(1, options.concurrency ?? 1); slot++) {
      ids.push(
        await this.boss.work<Record<string, unknown>>(name, { batchSize: 1, includeMetadata: true }, async ([job]) => {
          try {
            return await handler({
              id: job.id,
              name,
              data: job.data ?? {},
              attempt: job.retryCount + 1,
              progress: (text) => this.progress(name, job.id, text),
            });
          } catch (error) {
            // Another attempt would fail the same way: leave none.
            if (error instanceof PermanentJobError) {
              await this.db.executeSql(
                `UPDATE ${PG_BOSS_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`,
                [name, job.id],
              );
            }
            throw error;
          }
        }),
      );
    }
    this.workers.set(name, [...(this.workers.get(name) ?? []), ...ids]);
  }

  async schedule(
    name: string,
    when: string,
    data: Record<string, unknown> = {},
    options: JobOptions = {},
  ): Promise<void> {
    await this.queue(name);
    await this.boss.schedule(name, cronOf(when), data, { ...sendOptions(options), tz: SCHEDULE_TIME_ZONE });
  }

  async status(id: string): Promise<JobStatus | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const { rows } = await this.db.executeSql(
      `SELECT ${COLUMNS} FROM ${PG_BOSS_SCHEMA}.job WHERE id = $1
       UNION ALL SELECT ${COLUMNS} FROM ${PG_BOSS_SCHEMA}.archive WHERE id = $1 LIMIT 1`,
      [id],
    );
    return rows.length ? statusOf(rows[0] as BossRow) : null;
  }

  async list(filter: { authorityId?: string; limit?: number } = {}): Promise<JobStatus[]> {
    const { rows } = await this.db.executeSql(
      `SELECT * FROM (SELECT ${COLUMNS} FROM ${PG_BOSS_SCHEMA}.job UNION ALL SELECT ${COLUMNS} FROM ${PG_BOSS_SCHEMA}.archive) jobs
        WHERE name NOT LIKE '\\_\\_pgboss\\_\\_%'
          AND ($1::text IS NULL OR data->>'authorityId' IS NULL OR data->>'authorityId' = $1)
        ORDER BY created_on DESC, id LIMIT $2`,
      [filter.authorityId ?? null, filter.limit ?? 100],
    );
    return (rows as BossRow[]).map(statusOf);
  }

  private async progress(name: string, id: string, text: string): Promise<void> {
    await this.db.executeSql(
      `UPDATE ${PG_BOSS_SCHEMA}.job SET output = jsonb_build_object('progress', $3::text)
        WHERE name = $1 AND id = $2 AND state = 'active'`,
      [name, id, text],
    );
  }

  /** A queue is made once, by the owner's function; making one that exists changes nothing. */
  private queue(name: string): Promise<void> {
    let made = this.queues.get(name);
    if (!made) {
      made = this.boss.createQueue(name).catch((error: unknown) => {
        this.queues.delete(name);
        throw error;
      });
      this.queues.set(name, made);
    }
    return made;
  }

  private ownDb(): PgBoss.Db {
    return (this.boss as unknown as { getDb(): PgBoss.Db }).getDb();
  }
}

function sendOptions(options: JobOptions): PgBoss.SendOptions {
  const chosen = { ...DEFAULT_JOB_OPTIONS, ...options };
  return {
    retryLimit: chosen.retryLimit,
    retryDelay: Math.max(0, Math.round(chosen.retryDelaySeconds)),
    retryBackoff: chosen.retryBackoff,
    expireInSeconds: chosen.expireInSeconds,
  };
}

function statusOf(row: BossRow): JobStatus {
  const state = STATES[row.state] ?? 'queued';
  const output = row.output ?? {};
  const failedBefore = row.state === 'retry' || state === 'failed';
  return {
    id: row.id,
    name: row.name,
    state,
    progress: state === 'running' && typeof output.progress === 'string' ? output.progress : null,
    result: state === 'done' ? (row.output ?? null) : null,
    reason: failedBefore ? String(output.message ?? (output.value as { message?: string })?.message ?? 'Failed') : null,
    attempts: row.retry_count + (row.started_on ? 1 : 0),
    data: row.data ?? {},
    createdAt: row.created_on,
    startedAt: row.started_on,
    endedAt: state === 'done' || state === 'failed' ? row.completed_on : null,
  };
}
