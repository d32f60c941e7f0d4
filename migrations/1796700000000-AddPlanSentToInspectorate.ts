import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The day a plan went to the inspectorate, kept apart from its endorsement: the statutory clock stops on it. */
export class AddPlanSentToInspectorate1796700000000 implements MigrationInterface {
  name = 'AddPlanSentToInspectorate1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "improvement_plan" ADD "sent_to_inspectorate_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "improvement_plan" DROP COLUMN "sent_to_inspectorate_on"`);
  }
}
