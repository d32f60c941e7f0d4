import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Focused visit and monitoring visit letters are inspection kinds of their own (FOCUSED, MONITORING);
 * a recommendation records whether the letter listed it as an area for priority action, which asks
 * the council for a plan by a deadline; and a plan records the day its draft was sent, which meets the
 * draft deadline after a focused visit. TypeORM does not compare the expressions of check constraints,
 * so the kind check was written by hand.
 */
export class ReadVisitLetters1796760000000 implements MigrationInterface {
  name = 'ReadVisitLetters1796760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "ck_inspection_kind"`);
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "ck_inspection_kind" CHECK (kind IN ('JAR', 'APA', 'LAC', 'SIF', 'LSCB', 'ILACS', 'FOCUSED', 'MONITORING', 'OTHER'))`,
    );
    await queryRunner.query(`ALTER TABLE "recommendation" ADD "priority_action" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "improvement_plan" ADD "draft_sent_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "improvement_plan" DROP COLUMN "draft_sent_on"`);
    await queryRunner.query(`ALTER TABLE "recommendation" DROP COLUMN "priority_action"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "ck_inspection_kind"`);
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "ck_inspection_kind" CHECK (kind IN ('JAR', 'APA', 'LAC', 'SIF', 'LSCB', 'ILACS', 'OTHER'))`,
    );
  }
}
