import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded reports under review, before they are confirmed as inspections. */
export class AddInspectionDrafts1795326063014 implements MigrationInterface {
  name = 'AddInspectionDrafts1795326063014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inspection_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "created_by_id" uuid, "file_name" character varying(255) NOT NULL, "format" character varying(10) NOT NULL, "media_type" character varying(120) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "extracted_text" text NOT NULL, "draft" jsonb NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_inspection_draft" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_inspection_draft_authority_time" ON "inspection_draft"  ("authority_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_draft" ADD CONSTRAINT "fk_inspection_draft_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_draft" ADD CONSTRAINT "fk_inspection_draft_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection_draft" DROP CONSTRAINT "fk_inspection_draft_created_by"`);
    await queryRunner.query(`ALTER TABLE "inspection_draft" DROP CONSTRAINT "fk_inspection_draft_authority"`);
    await queryRunner.query(`DROP INDEX "ix_inspection_draft_authority_time"`);
    await queryRunner.query(`DROP TABLE "inspection_draft"`);
  }
}
