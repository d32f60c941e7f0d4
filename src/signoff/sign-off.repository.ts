import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ThemeLeadEntity } from '../authorities/theme-lead.entity';
import { ActionEntity } from '../plans/action.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { ProgressUpdateEntity } from '../plans/progress-update.entity';
import { PeriodSignOffEntity } from './period-sign-off.entity';
import { UpdateReturnEntity } from './update-return.entity';

/** Natural order of references: O1, O2.1, O2.2, O10, then P1 … */
const REFERENCE_ORDER = `regexp_replace(action.reference, '[0-9.]+$', ''), string_to_array(regexp_replace(action.reference, '^[^0-9]*', ''), '.')::int[]`;

/**
 * The only code of sign-off that reads or writes the database. Every query names the authority;
 * writes take the caller's transaction, so the audit events commit with them.
 */
@Injectable()
export class SignOffRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  plan(authorityId: string, planId: string, manager = this.manager): Promise<ImprovementPlanEntity | null> {
    return manager.getRepository(ImprovementPlanEntity).findOneBy({ id: planId, authorityId });
  }

  themeLeads(authorityId: string, manager = this.manager): Promise<ThemeLeadEntity[]> {
    return manager.getRepository(ThemeLeadEntity).find({ where: { authorityId }, order: { theme: 'ASC' } });
  }

  /** The plan's actions with their owners, in the order of their references. */
  actions(authorityId: string, planId: string, manager = this.manager): Promise<ActionEntity[]> {
    return manager
      .getRepository(ActionEntity)
      .createQueryBuilder('action')
      .leftJoinAndSelect('action.owner', 'owner')
      .where('action.planId = :planId AND action.authorityId = :authorityId', { planId, authorityId })
      .orderBy(REFERENCE_ORDER)
      .getMany();
  }

  /** The updates of these actions for the period with their authors, newest first. */
  updatesFor(
    authorityId: string,
    actionIds: readonly string[],
    period: string,
    manager = this.manager,
  ): Promise<ProgressUpdateEntity[]> {
    if (!actionIds.length) return Promise.resolve([]);
    return manager.getRepository(ProgressUpdateEntity).find({
      where: { authorityId, actionId: In([...actionIds]), period },
      relations: { author: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** The newest update of an action for a period, if it has one. */
  latestUpdate(
    authorityId: string,
    actionId: string,
    period: string,
    manager = this.manager,
  ): Promise<ProgressUpdateEntity | null> {
    return manager.getRepository(ProgressUpdateEntity).findOne({
      where: { authorityId, actionId, period },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  update(authorityId: string, updateId: string, manager = this.manager): Promise<ProgressUpdateEntity | null> {
    return manager.getRepository(ProgressUpdateEntity).findOne({
      where: { authorityId, id: updateId },
      relations: { action: true, author: true },
    });
  }

  signOffs(
    authorityId: string,
    planId: string,
    period: string,
    manager = this.manager,
  ): Promise<PeriodSignOffEntity[]> {
    return manager.getRepository(PeriodSignOffEntity).find({ where: { authorityId, planId, period } });
  }

  /** The sign-off of a theme for a period; `lock` holds it until the transaction ends. */
  signOff(
    authorityId: string,
    planId: string,
    period: string,
    theme: string,
    manager = this.manager,
  ): Promise<PeriodSignOffEntity | null> {
    return manager.getRepository(PeriodSignOffEntity).findOneBy({ authorityId, planId, period, theme });
  }

  saveSignOff(entity: Partial<PeriodSignOffEntity>, manager: EntityManager): Promise<PeriodSignOffEntity> {
    return manager.save(manager.create(PeriodSignOffEntity, entity));
  }

  saveReturn(entity: Partial<UpdateReturnEntity>, manager: EntityManager): Promise<UpdateReturnEntity> {
    return manager.save(manager.create(UpdateReturnEntity, entity));
  }

  /** The returns of these updates, newest first. */
  returnsOf(authorityId: string, updateIds: readonly string[], manager = this.manager): Promise<UpdateReturnEntity[]> {
    if (!updateIds.length) return Promise.resolve([]);
    return manager.getRepository(UpdateReturnEntity).find({
      where: { authorityId, updateId: In([...updateIds]) },
      order: { returnedAt: 'DESC' },
    });
  }

  /** Every return of an update of these actions, with the update, newest first. */
  returnsOnActions(authorityId: string, actionIds: readonly string[]): Promise<UpdateReturnEntity[]> {
    if (!actionIds.length) return Promise.resolve([]);
    return this.manager.getRepository(UpdateReturnEntity).find({
      where: { authorityId, update: { actionId: In([...actionIds]) } },
      relations: { update: { action: true } },
      order: { returnedAt: 'DESC' },
    });
  }

  /** Every update of these actions, newest first: to tell which returns have been answered. */
  updatesOfActions(authorityId: string, actionIds: readonly string[]): Promise<ProgressUpdateEntity[]> {
    if (!actionIds.length) return Promise.resolve([]);
    return this.manager.getRepository(ProgressUpdateEntity).find({
      select: { id: true, actionId: true, period: true, createdAt: true },
      where: { authorityId, actionId: In([...actionIds]) },
      order: { createdAt: 'DESC' },
    });
  }

  /** The ids of the actions the user owns, across the authority's plans. */
  async actionIdsOwnedBy(authorityId: string, userId: string): Promise<string[]> {
    const rows = await this.manager
      .getRepository(ActionEntity)
      .find({ select: { id: true }, where: { authorityId, ownerId: userId } });
    return rows.map((row) => row.id);
  }
}
