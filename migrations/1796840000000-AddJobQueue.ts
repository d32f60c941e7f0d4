import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue's tables, made by the owner. On a server the app runs pg-boss 10 in the schema
 * `pgboss`, made here from pg-boss's own construction SQL (less its BEGIN and COMMIT: a migration
 * is a transaction already). The app's role owns nothing, so it could not make the table each
 * new queue needs: pg-boss's `create_queue` function runs as its owner (SECURITY DEFINER, with a
 * fixed search path), and only the roles granted it may call it (see grantAppRole). The embedded
 * database runs its jobs in process and keeps them in `job`. Both are made on both engines, so
 * that the same migrations serve both. A later pg-boss with a new schema version needs a
 * migration of its own, from `PgBoss.getMigrationPlans`.
 */
export class AddJobQueue1796840000000 implements MigrationInterface {
  name = 'AddJobQueue1796840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const construction = PgBoss.getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;\s*$/m, '')
      .replace(/^\s*COMMIT;\s*$/m, '');
    await queryRunner.query(construction);
    await queryRunner.query(
      `ALTER FUNCTION pgboss.create_queue(text, json) SECURITY DEFINER SET search_path = pg_catalog, pg_temp`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION pgboss.create_queue(text, json) FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION pgboss.delete_queue(text) FROM PUBLIC`);

    await queryRunner.query(
      `CREATE TABLE "job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(100) NOT NULL,
        "data" jsonb NOT NULL DEFAULT '{}',
        "state" character varying(10) NOT NULL DEFAULT 'queued',
        "progress" text,
        "result" jsonb,
        "reason" text,
        "attempts" integer NOT NULL DEFAULT 0,
        "retry_limit" integer NOT NULL,
        "retry_delay_seconds" double precision NOT NULL,
        "retry_backoff" boolean NOT NULL,
        "expire_in_seconds" integer NOT NULL,
        "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "started_at" TIMESTAMP WITH TIME ZONE,
        "ended_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "ck_job_state" CHECK (state IN ('queued', 'running', 'failed', 'done')),
        CONSTRAINT "pk_job" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_due" ON "job" ("name", "run_after") WHERE state = 'queued'`);
    await queryRunner.query(`CREATE INDEX "ix_job_created" ON "job" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job"`);
    await queryRunner.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
