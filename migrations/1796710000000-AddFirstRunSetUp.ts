import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A council can be set up from nothing: one-time set-up links (only their hashes), and the
 * council's own settings for its papers' front sheets and its plans' reporting frequency.
 */
export class AddFirstRunSetUp1796710000000 implements MigrationInterface {
  name = 'AddFirstRunSetUp1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "setup_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_setup_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_setup_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "authority" ADD "committees" jsonb`);
    await queryRunner.query(`ALTER TABLE "authority" ADD "reporting_officers" jsonb`);
    await queryRunner.query(`ALTER TABLE "authority" ADD "logo" bytea`);
    await queryRunner.query(`ALTER TABLE "authority" ADD "logo_media_type" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "authority" ADD "reporting_frequency" character varying(10) NOT NULL DEFAULT 'quarterly'`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority" ADD CONSTRAINT "ck_authority_reporting_frequency" CHECK (reporting_frequency IN ('quarterly', 'monthly'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority" ADD CONSTRAINT "ck_authority_logo" CHECK ((logo IS NULL) = (logo_media_type IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authority" DROP CONSTRAINT "ck_authority_logo"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP CONSTRAINT "ck_authority_reporting_frequency"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP COLUMN "reporting_frequency"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP COLUMN "logo_media_type"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP COLUMN "logo"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP COLUMN "reporting_officers"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP COLUMN "committees"`);
    await queryRunner.query(`DROP TABLE "setup_token"`);
  }
}
