import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress updates are the owners' record of what happened, and RAG "as of" a past date is read
 * from them: the database refuses to change or delete one. A correction is a new update. Rows go
 * only with their authority (a cascade, which runs inside the foreign key's own trigger).
 */
export class MakeProgressUpdatesAppendOnly1795334497814 implements MigrationInterface {
  name = 'MakeProgressUpdatesAppendOnly1795334497814';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "progress_update_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'progress updates cannot be changed or removed: post a new update instead (% refused)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_update_append_only" BEFORE UPDATE OR DELETE ON "progress_update" FOR EACH ROW EXECUTE FUNCTION "progress_update_refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "progress_update_append_only" ON "progress_update"`);
    await queryRunner.query(`DROP FUNCTION "progress_update_refuse_change"()`);
  }
}
