import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh of the national inspection outcomes: the outcomes file a clerk imported, kept whole
 * (bytes and SHA-256), with the month its figures were taken. The newest row is the national
 * picture every app instance uses; with none, the snapshot shipped with the product is. Rows are
 * records: never changed or removed, so an earlier picture can always be read again.
 */
@Entity('national_outcomes_import')
@Check('ck_national_outcomes_import_as_at', `as_at ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'`)
@Check('ck_national_outcomes_import_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_national_outcomes_import_count', 'inspection_count > 0')
export class NationalOutcomesImportEntity {
  /** Increases with every import: the version a cached comparison is kept against. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_national_outcomes_import' })
  id: string;

  /** The month the figures were taken, YYYY-MM. */
  @Column({ type: 'varchar', length: 7 })
  asAt: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  inspectionCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt: Date;
}
