import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress updates refused UPDATE and DELETE but not TRUNCATE, which fires no row trigger: the
 * audit trail already had a statement trigger for it, and now progress updates have one too.
 */
export class RefuseTruncatingProgressUpdates1796440000000 implements MigrationInterface {
  name = 'RefuseTruncatingProgressUpdates1796440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "progress_update_no_truncate" BEFORE TRUNCATE ON "progress_update" FOR EACH STATEMENT EXECUTE FUNCTION "progress_update_refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "progress_update_no_truncate" ON "progress_update"`);
  }
}
