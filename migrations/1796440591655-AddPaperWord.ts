import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A board paper keeps its Word version beside its PDF, made from the same model, with its own SHA-256. */
export class AddPaperWord1796440591655 implements MigrationInterface {
  name = 'AddPaperWord1796440591655';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "board_paper" ADD "docx" bytea`);
    await queryRunner.query(`ALTER TABLE "board_paper" ADD "docx_sha256" character(64)`);
    await queryRunner.query(
      `ALTER TABLE "board_paper" ADD CONSTRAINT "ck_board_paper_docx_sha256" CHECK (docx_sha256 IS NULL OR docx_sha256 ~ '^[0-9a-f]{64}$')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "board_paper" DROP CONSTRAINT "ck_board_paper_docx_sha256"`);
    await queryRunner.query(`ALTER TABLE "board_paper" DROP COLUMN "docx_sha256"`);
    await queryRunner.query(`ALTER TABLE "board_paper" DROP COLUMN "docx"`);
  }
}
