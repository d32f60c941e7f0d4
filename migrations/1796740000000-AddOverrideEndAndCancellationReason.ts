import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A RAG override may end on a day the clerk chooses, after which the rules decide again; and a
 * cancelled action keeps the reason it was cancelled, for the committee.
 */
export class AddOverrideEndAndCancellationReason1796740000000 implements MigrationInterface {
  name = 'AddOverrideEndAndCancellationReason1796740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" ADD "rag_override_until" date`);
    await queryRunner.query(`ALTER TABLE "action" ADD "cancellation_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "cancellation_reason"`);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "rag_override_until"`);
  }
}
