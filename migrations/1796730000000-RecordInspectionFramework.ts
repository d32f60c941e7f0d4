import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FRAMEWORK_KEYS } from '../src/frameworks/frameworks';
import { frameworkForInspection } from '../src/frameworks/inspection-framework';

const FRAMEWORK_LIST = FRAMEWORK_KEYS.map((key) => `'${key}'`).join(', ');

/**
 * Each inspection records the framework it was made under, and why: it decides the judgement areas'
 * labels, the statutory clock and the indicator catalogue. Existing inspections are read from their
 * kind, dates and judgement areas (the Halton example is a JAR).
 */
export class RecordInspectionFramework1796730000000 implements MigrationInterface {
  name = 'RecordInspectionFramework1796730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection" ADD "framework" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "inspection" ADD "framework_reason" character varying(300)`);
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "ck_inspection_framework" CHECK (framework IS NULL OR framework IN (${FRAMEWORK_LIST}))`,
    );
    await RecordInspectionFramework1796730000000.backfill(queryRunner);
  }

  /** Reads the framework of every inspection that has none recorded. */
  static async backfill(queryRunner: QueryRunner): Promise<number> {
    const rows: {
      id: string;
      kind: string;
      fieldwork_start: string | null;
      published_on: string | null;
      keys: string[] | null;
    }[] = await queryRunner.query(
      `SELECT inspection.id, inspection.kind, to_char(inspection.fieldwork_start, 'YYYY-MM-DD') AS fieldwork_start,
                to_char(inspection.published_on, 'YYYY-MM-DD') AS published_on,
                array_remove(array_agg(judgement.area_key ORDER BY judgement.position), NULL) AS keys
           FROM "inspection" inspection
           LEFT JOIN "judgement" judgement ON judgement.inspection_id = inspection.id
          WHERE inspection.framework IS NULL
          GROUP BY inspection.id`,
    );
    for (const row of rows) {
      const choice = frameworkForInspection({
        kind: row.kind,
        inspectedFrom: row.fieldwork_start,
        publishedOn: row.published_on,
        judgementKeys: row.keys ?? [],
      });
      await queryRunner.query(`UPDATE "inspection" SET "framework" = $1, "framework_reason" = $2 WHERE id = $3`, [
        choice.framework,
        choice.reason.slice(0, 300),
        row.id,
      ]);
    }
    return rows.length;
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "ck_inspection_framework"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP COLUMN "framework_reason"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP COLUMN "framework"`);
  }
}
