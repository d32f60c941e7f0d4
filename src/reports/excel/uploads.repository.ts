import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../database/transaction';
import { ImprovementPlanEntity } from '../../plans/improvement-plan.entity';
import { UpdateWorkbookUploadEntity } from './update-workbook-upload.entity';

/** Uploaded update workbooks, kept with their preview until applied. Filtered by the authority. */
@Injectable()
export class UploadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(transaction?: Transaction): Transaction {
    return transaction ?? this.dataSource.manager;
  }

  findPlan(authorityId: string, planId: string, transaction?: Transaction): Promise<ImprovementPlanEntity | null> {
    return this.manager(transaction).getRepository(ImprovementPlanEntity).findOneBy({ id: planId, authorityId });
  }

  insert(values: Partial<UpdateWorkbookUploadEntity>, transaction?: Transaction): Promise<UpdateWorkbookUploadEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(UpdateWorkbookUploadEntity, values));
  }

  save(upload: UpdateWorkbookUploadEntity, transaction?: Transaction): Promise<UpdateWorkbookUploadEntity> {
    return this.manager(transaction).save(upload);
  }

  /** The uploader's own uploads for the plan, newest first. */
  recentOf(authorityId: string, planId: string, uploadedById: string, limit: number) {
    return this.dataSource.getRepository(UpdateWorkbookUploadEntity).find({
      where: { planId, authorityId, uploadedById },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /** `lock` holds the row until the transaction ends. */
  find(
    authorityId: string,
    planId: string,
    id: string,
    transaction?: Transaction,
    lock = false,
  ): Promise<UpdateWorkbookUploadEntity | null> {
    return this.manager(transaction)
      .getRepository(UpdateWorkbookUploadEntity)
      .findOne({
        where: { id, planId, authorityId },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
  }
}
