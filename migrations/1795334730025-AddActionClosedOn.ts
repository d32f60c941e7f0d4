import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an action was completed or cancelled, so that RAG as of an earlier date shows it open.
 * Actions already closed take the day they were last changed, the best date there is for them.
 */
export class AddActionClosedOn1795334730025 implements MigrationInterface {
  name = 'AddActionClosedOn1795334730025';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" ADD "closed_on" date`);
    await queryRunner.query(
      `UPDATE "action" SET "closed_on" = ("updated_at" AT TIME ZONE 'Europe/London')::date WHERE "status" IN ('complete', 'cancelled')`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "ck_action_closed_on" CHECK ((status IN ('complete', 'cancelled')) = (closed_on IS NOT NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "ck_action_closed_on"`);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "closed_on"`);
  }
}
