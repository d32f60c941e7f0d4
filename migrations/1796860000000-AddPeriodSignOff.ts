import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-off of each reporting period's updates by theme, the updates a theme lead returns to their
 * owners with a comment, and what a progress update posted after sign-off corrects and why.
 */
export class AddPeriodSignOff1796860000000 implements MigrationInterface {
  name = 'AddPeriodSignOff1796860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "period_sign_off" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "period" character varying(20) NOT NULL, "theme" character varying(80) NOT NULL, "signed_by_id" uuid, "signed_by_name" character varying(200) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_period_sign_off_theme" UNIQUE ("plan_id", "period", "theme"), CONSTRAINT "pk_period_sign_off" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_period_sign_off_authority" ON "period_sign_off"  ("authority_id") `);
    await queryRunner.query(
      `CREATE TABLE "update_return" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "update_id" uuid NOT NULL, "returned_by_id" uuid, "returned_by_name" character varying(200) NOT NULL, "comment" text NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_update_return" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_update_return_authority" ON "update_return"  ("authority_id") `);
    await queryRunner.query(`CREATE INDEX "ix_update_return_update" ON "update_return"  ("update_id") `);
    await queryRunner.query(`ALTER TABLE "progress_update" ADD "corrects_update_id" uuid`);
    await queryRunner.query(`ALTER TABLE "progress_update" ADD "correction_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "ck_progress_update_correction" CHECK (corrects_update_id IS NULL OR correction_reason IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "fk_progress_update_corrects_update" FOREIGN KEY ("corrects_update_id") REFERENCES "progress_update"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_sign_off" ADD CONSTRAINT "fk_period_sign_off_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_sign_off" ADD CONSTRAINT "fk_period_sign_off_plan" FOREIGN KEY ("plan_id") REFERENCES "improvement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_sign_off" ADD CONSTRAINT "fk_period_sign_off_signed_by" FOREIGN KEY ("signed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_return" ADD CONSTRAINT "fk_update_return_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_return" ADD CONSTRAINT "fk_update_return_update" FOREIGN KEY ("update_id") REFERENCES "progress_update"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_return" ADD CONSTRAINT "fk_update_return_returned_by" FOREIGN KEY ("returned_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "update_return" DROP CONSTRAINT "fk_update_return_returned_by"`);
    await queryRunner.query(`ALTER TABLE "update_return" DROP CONSTRAINT "fk_update_return_update"`);
    await queryRunner.query(`ALTER TABLE "update_return" DROP CONSTRAINT "fk_update_return_authority"`);
    await queryRunner.query(`ALTER TABLE "period_sign_off" DROP CONSTRAINT "fk_period_sign_off_signed_by"`);
    await queryRunner.query(`ALTER TABLE "period_sign_off" DROP CONSTRAINT "fk_period_sign_off_plan"`);
    await queryRunner.query(`ALTER TABLE "period_sign_off" DROP CONSTRAINT "fk_period_sign_off_authority"`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP CONSTRAINT "fk_progress_update_corrects_update"`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP CONSTRAINT "ck_progress_update_correction"`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP COLUMN "correction_reason"`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP COLUMN "corrects_update_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_update_return_update"`);
    await queryRunner.query(`DROP INDEX "public"."ix_update_return_authority"`);
    await queryRunner.query(`DROP TABLE "update_return"`);
    await queryRunner.query(`DROP INDEX "public"."ix_period_sign_off_authority"`);
    await queryRunner.query(`DROP TABLE "period_sign_off"`);
  }
}
