import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A review of a Local Safeguarding Children Board published on its own is an inspection kind of its
 * own (LSCB). TypeORM does not compare the expressions of check constraints, so this was written by hand.
 */
export class AllowLscbReviewKind1796437539322 implements MigrationInterface {
  name = 'AllowLscbReviewKind1796437539322';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "ck_inspection_kind"`);
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "ck_inspection_kind" CHECK (kind IN ('JAR', 'APA', 'LAC', 'SIF', 'LSCB', 'ILACS', 'OTHER'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "ck_inspection_kind"`);
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "ck_inspection_kind" CHECK (kind IN ('JAR', 'APA', 'LAC', 'SIF', 'ILACS', 'OTHER'))`,
    );
  }
}
