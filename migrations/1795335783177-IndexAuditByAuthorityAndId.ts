import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newest audit event of an authority, read by index: every change to its data writes one, so
 * it tells the dashboard cache whether what it holds is still current.
 */
export class IndexAuditByAuthorityAndId1795335783177 implements MigrationInterface {
  name = 'IndexAuditByAuthorityAndId1795335783177';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_audit_event_authority_id" ON "audit_event" ("authority_id", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_audit_event_authority_id"`);
  }
}
