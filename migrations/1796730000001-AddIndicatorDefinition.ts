import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an indicator counts, in a sentence: today's national children's social care measures ship with
 * the DfE's definition, and a reader of a plan should see it beside the code and title.
 */
export class AddIndicatorDefinition1796730000001 implements MigrationInterface {
  name = 'AddIndicatorDefinition1796730000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" ADD "definition" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "definition"`);
  }
}
