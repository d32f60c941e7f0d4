import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Owners' update workbooks uploaded back: their rows as read and the preview shown, until applied. */
export class AddUpdateWorkbookUploads1796179382106 implements MigrationInterface {
  name = 'AddUpdateWorkbookUploads1796179382106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "update_workbook_upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "uploaded_by_id" uuid, "file_name" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "period" character varying(20) NOT NULL, "made_at" TIMESTAMP WITH TIME ZONE NOT NULL, "content" jsonb NOT NULL, "preview" jsonb NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE, "applied_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_update_workbook_upload" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_update_workbook_upload_plan_time" ON "update_workbook_upload"  ("plan_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" ADD CONSTRAINT "fk_update_workbook_upload_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" ADD CONSTRAINT "fk_update_workbook_upload_plan" FOREIGN KEY ("plan_id") REFERENCES "improvement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" ADD CONSTRAINT "fk_update_workbook_upload_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" ADD CONSTRAINT "fk_update_workbook_upload_applied_by" FOREIGN KEY ("applied_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" DROP CONSTRAINT "fk_update_workbook_upload_applied_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" DROP CONSTRAINT "fk_update_workbook_upload_uploaded_by"`,
    );
    await queryRunner.query(`ALTER TABLE "update_workbook_upload" DROP CONSTRAINT "fk_update_workbook_upload_plan"`);
    await queryRunner.query(
      `ALTER TABLE "update_workbook_upload" DROP CONSTRAINT "fk_update_workbook_upload_authority"`,
    );
    await queryRunner.query(`DROP INDEX "ix_update_workbook_upload_plan_time"`);
    await queryRunner.query(`DROP TABLE "update_workbook_upload"`);
  }
}
