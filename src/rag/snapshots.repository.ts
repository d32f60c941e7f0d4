import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../database/transaction';
import { RagSnapshotEntity } from '../reports/rag-snapshot.entity';

/** RAG snapshots: a plan's status frozen as of a date. Records: added, never changed. */
@Injectable()
export class SnapshotsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(values: Partial<RagSnapshotEntity>, transaction?: Transaction): Promise<RagSnapshotEntity> {
    const snapshots = (transaction ?? this.dataSource.manager).getRepository(RagSnapshotEntity);
    return snapshots.save(snapshots.create(values));
  }

  /** The newest snapshot of the plan taken as of `asOf` or earlier. */
  latestOnOrBefore(authorityId: string, planId: string, asOf: string): Promise<RagSnapshotEntity | null> {
    return this.dataSource
      .getRepository(RagSnapshotEntity)
      .createQueryBuilder('snapshot')
      .where('snapshot.planId = :planId AND snapshot.authorityId = :authorityId AND snapshot.asOf <= :asOf', {
        planId,
        authorityId,
        asOf,
      })
      .orderBy('snapshot.asOf', 'DESC')
      .addOrderBy('snapshot.takenAt', 'DESC')
      .getOne();
  }

  /** The plan's snapshots without their content, newest first. */
  listOf(authorityId: string, planId: string): Promise<RagSnapshotEntity[]> {
    return this.dataSource.getRepository(RagSnapshotEntity).find({
      where: { planId, authorityId },
      order: { asOf: 'DESC', takenAt: 'DESC' },
      select: { id: true, planId: true, asOf: true, takenAt: true, takenById: true },
    });
  }

  find(authorityId: string, planId: string, id: string): Promise<RagSnapshotEntity | null> {
    return this.dataSource.getRepository(RagSnapshotEntity).findOneBy({ id, planId, authorityId });
  }
}
