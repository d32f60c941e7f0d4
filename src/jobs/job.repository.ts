import type { Queryable } from '../database/app-role';
import type { JobOptions, JobState, JobStatus } from './job-queue';

interface JobRow {
  id: string;
  name: string;
  data: Record<string, unknown>;
  state: JobState;
  progress: string | null;
  result: unknown;
  reason: string | null;
  attempts: number;
  retry_limit: number;
  retry_delay_seconds: number;
  retry_backoff: boolean;
  expire_in_seconds: number;
  created_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
}

export interface ClaimedJob extends JobStatus {
  options: Required<JobOptions>;
}

const COLUMNS = `id, name, data, state, progress, result, reason, attempts, retry_limit, retry_delay_seconds,
  retry_backoff, expire_in_seconds, created_at, started_at, ended_at`;

function statusOf(row: JobRow): ClaimedJob {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    progress: row.progress,
    result: row.result,
    reason: row.reason,
    attempts: row.attempts,
    data: row.data ?? {},
    createdAt: row.created_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    options: {
      retryLimit: row.retry_limit,
      retryDelaySeconds: row.retry_delay_seconds,
      retryBackoff: row.retry_backoff,
      expireInSeconds: row.expire_in_seconds,
    },
  };
}

/**
 * The embedded database's jobs, in the `job` table. Jobs are the app's own bookkeeping, not user
 * data, so they are written with plain SQL and leave no audit events; the work a job does is
 * audited as usual.
 */
export class JobRepository {
  constructor(private readonly db: Queryable) {}

  async insert(name: string, data: Record<string, unknown>, options: Required<JobOptions>): Promise<string> {
    const [row] = (await this.db.query(
      `INSERT INTO job (name, data, retry_limit, retry_delay_seconds, retry_backoff, expire_in_seconds)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        name,
        JSON.stringify(data),
        options.retryLimit,
        options.retryDelaySeconds,
        options.retryBackoff,
        options.expireInSeconds,
      ],
    )) as { id: string }[];
    return row.id;
  }

  /** Takes the oldest job of `name` that is due, marking it running: null when none is. */
  async claim(name: string): Promise<ClaimedJob | null> {
    const rows = (await this.db.query(
      `UPDATE job SET state = 'running', attempts = attempts + 1, started_at = now(), progress = NULL
        WHERE id = (SELECT id FROM job WHERE name = $1 AND state = 'queued' AND run_after <= now()
                     ORDER BY run_after, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING ${COLUMNS}`,
      [name],
    )) as [JobRow[], number] | JobRow[];
    const found = Array.isArray(rows[0]) ? (rows[0] as JobRow[]) : (rows as JobRow[]);
    return found.length ? statusOf(found[0]) : null;
  }

  async progress(id: string, text: string): Promise<void> {
    await this.db.query(`UPDATE job SET progress = $2 WHERE id = $1 AND state = 'running'`, [id, text]);
  }

  async done(id: string, result: unknown): Promise<void> {
    await this.db.query(
      `UPDATE job SET state = 'done', result = $2, reason = NULL, progress = NULL, ended_at = now() WHERE id = $1`,
      [id, JSON.stringify(result ?? null)],
    );
  }

  /** Waits `retryInMs` and tries again; null: failed for good. */
  async failed(id: string, reason: string, retryInMs: number | null): Promise<void> {
    if (retryInMs === null) {
      await this.db.query(
        `UPDATE job SET state = 'failed', reason = $2, progress = NULL, ended_at = now() WHERE id = $1`,
        [id, reason],
      );
    } else {
      await this.db.query(
        `UPDATE job SET state = 'queued', reason = $2, progress = NULL,
                run_after = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1`,
        [id, reason, retryInMs],
      );
    }
  }

  /** After a restart, jobs left running were cut short: each counts as a failed attempt and waits its turn again. */
  async requeueInterrupted(): Promise<number> {
    const rows = (await this.db.query(
      `UPDATE job SET state = CASE WHEN attempts > retry_limit THEN 'failed' ELSE 'queued' END,
              reason = 'The app stopped while the job was running.', progress = NULL,
              ended_at = CASE WHEN attempts > retry_limit THEN now() END
        WHERE state = 'running' RETURNING id`,
    )) as unknown[];
    return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  }

  /** The earliest time a queued job of one of `names` is due, or null. */
  async nextDue(names: string[]): Promise<Date | null> {
    const [row] = (await this.db.query(
      `SELECT min(run_after) AS due FROM job WHERE state = 'queued' AND name = ANY($1)`,
      [names],
    )) as { due: Date | null }[];
    return row?.due ?? null;
  }

  async get(id: string): Promise<JobStatus | null> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM job WHERE id = $1`, [id])) as JobRow[];
    return rows.length ? statusOf(rows[0]) : null;
  }

  async list(authorityId: string | undefined, limit: number): Promise<JobStatus[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM job
        WHERE $1::text IS NULL OR data->>'authorityId' IS NULL OR data->>'authorityId' = $1
        ORDER BY created_at DESC, id LIMIT $2`,
      [authorityId ?? null, limit],
    )) as JobRow[];
    return rows.map(statusOf);
  }
}
