import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A progress update was stamped with its transaction's start (`now()`), but the action takes the
 * % complete of whichever post locks it last: under concurrent posts the history's newest update
 * could differ from the action's figure. The stamp is now the clock at the insert, which every
 * post reaches only after locking its action, so both follow the same order.
 */
export class StampProgressUpdatesAfterTheActionLock1796437629343 implements MigrationInterface {
  name = 'StampProgressUpdatesAfterTheActionLock1796437629343';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_update" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_update" ALTER COLUMN "created_at" SET DEFAULT now()`);
  }
}
