import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The dashboard loads every action of an authority, or of one of its plans, by this index. */
export class IndexActionsByAuthority1795335105607 implements MigrationInterface {
  name = 'IndexActionsByAuthority1795335105607';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_action_authority_plan" ON "action" ("authority_id", "plan_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_action_authority_plan"`);
  }
}
