import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Refreshed national inspection outcomes, kept in the database so that every app instance shares them and a restart keeps them. */
export class AddNationalOutcomesImports1796720000000 implements MigrationInterface {
  name = 'AddNationalOutcomesImports1796720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "national_outcomes_import" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "as_at" character varying(7) NOT NULL,
        "file_name" character varying(255) NOT NULL,
        "content" bytea NOT NULL,
        "sha256" character(64) NOT NULL,
        "inspection_count" integer NOT NULL,
        "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_national_outcomes_import_as_at" CHECK (as_at ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
        CONSTRAINT "ck_national_outcomes_import_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "ck_national_outcomes_import_count" CHECK (inspection_count > 0),
        CONSTRAINT "pk_national_outcomes_import" PRIMARY KEY ("id")
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "national_outcomes_import"`);
  }
}
