import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { NationalOutcomesImportEntity } from './national-outcomes-import.entity';

/** The newest refresh of the national outcomes, without its file. */
export interface OutcomesImportSummary {
  id: string;
  asAt: string;
  fileName: string;
  sha256: string;
  inspectionCount: number;
  importedAt: Date;
}

@Injectable()
export class NationalOutcomesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest import, or null when the shipped snapshot is still the national picture. One indexed row. */
  async latest(manager: EntityManager = this.dataSource.manager): Promise<OutcomesImportSummary | null> {
    return manager.getRepository(NationalOutcomesImportEntity).findOne({
      select: { id: true, asAt: true, fileName: true, sha256: true, inspectionCount: true, importedAt: true },
      where: {},
      order: { id: 'DESC' },
    });
  }

  async content(id: string, manager: EntityManager = this.dataSource.manager): Promise<Buffer> {
    const row = await manager
      .getRepository(NationalOutcomesImportEntity)
      .findOneOrFail({ select: { id: true, content: true }, where: { id } });
    return row.content;
  }

  /** Saves the import in one transaction with its audit event. */
  async add(values: Omit<NationalOutcomesImportEntity, 'id' | 'importedAt'>): Promise<OutcomesImportSummary> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager
        .getRepository(NationalOutcomesImportEntity)
        .save(manager.create(NationalOutcomesImportEntity, values));
      return {
        id: saved.id,
        asAt: saved.asAt,
        fileName: saved.fileName,
        sha256: saved.sha256,
        inspectionCount: saved.inspectionCount,
        importedAt: saved.importedAt,
      };
    });
  }

  async authority(authorityId: string): Promise<{ name: string; onsCode: string }> {
    return this.dataSource
      .getRepository(AuthorityEntity)
      .findOneOrFail({ select: { id: true, name: true, onsCode: true }, where: { id: authorityId } });
  }
}
