import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import type { Transaction } from '../database/transaction';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { BoardPaperEntity } from './board-paper.entity';
import { CommitteeMeetingEntity } from './committee-meeting.entity';

/**
 * Board papers and the committee meetings they go to. Papers are records: added, never changed.
 * Every query is filtered by the caller's authority.
 */
@Injectable()
export class PapersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(transaction?: Transaction): Transaction {
    return transaction ?? this.dataSource.manager;
  }

  findPlan(authorityId: string, planId: string, transaction?: Transaction): Promise<ImprovementPlanEntity | null> {
    return this.manager(transaction).getRepository(ImprovementPlanEntity).findOneBy({ id: planId, authorityId });
  }

  /**
   * Holds the plan's row until the transaction ends: papers are never updated, so two corrections
   * of one paper at once wait on their plan instead.
   */
  async lockPlan(planId: string, transaction: Transaction): Promise<void> {
    await transaction
      .getRepository(ImprovementPlanEntity)
      .findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
  }

  findAuthority(authorityId: string, transaction?: Transaction): Promise<AuthorityEntity | null> {
    return this.manager(transaction).getRepository(AuthorityEntity).findOneBy({ id: authorityId });
  }

  findPaperOfPlan(
    authorityId: string,
    planId: string,
    id: string,
    transaction?: Transaction,
  ): Promise<BoardPaperEntity | null> {
    return this.manager(transaction).getRepository(BoardPaperEntity).findOneBy({ id, planId, authorityId });
  }

  isReplaced(paperId: string, transaction?: Transaction): Promise<boolean> {
    return this.manager(transaction).getRepository(BoardPaperEntity).existsBy({ replacesId: paperId });
  }

  /** The authority's meeting of the committee on the day, made the first time a paper goes to it. */
  async meeting(
    authorityId: string,
    committee: string,
    meetingDate: string,
    transaction: Transaction,
  ): Promise<CommitteeMeetingEntity> {
    const meetings = transaction.getRepository(CommitteeMeetingEntity);
    return (
      (await meetings.findOneBy({ authorityId, committee, meetingDate })) ??
      (await meetings.save(meetings.create({ authorityId, committee, meetingDate })))
    );
  }

  insert(values: Partial<BoardPaperEntity>, transaction: Transaction): Promise<BoardPaperEntity> {
    const papers = transaction.getRepository(BoardPaperEntity);
    return papers.save(papers.create(values));
  }

  /** The newest paper the authority printed for the committee, on any plan. */
  lastForCommittee(authorityId: string, committee: string): Promise<BoardPaperEntity | null> {
    return this.dataSource
      .getRepository(BoardPaperEntity)
      .createQueryBuilder('paper')
      .innerJoin('paper.committeeMeeting', 'meeting')
      .where('paper.authorityId = :authorityId AND meeting.committee = :committee', { authorityId, committee })
      .orderBy('paper.generatedAt', 'DESC')
      .addOrderBy('paper.id', 'DESC')
      .getOne();
  }

  /** The plan's papers with their meetings and who printed each, newest first. */
  listOf(authorityId: string, planId: string): Promise<BoardPaperEntity[]> {
    return this.dataSource.getRepository(BoardPaperEntity).find({
      where: { planId, authorityId },
      relations: { committeeMeeting: true, generatedBy: true },
      order: { generatedAt: 'DESC' },
    });
  }

  find(authorityId: string, id: string): Promise<BoardPaperEntity | null> {
    return this.dataSource
      .getRepository(BoardPaperEntity)
      .findOne({ where: { id, authorityId }, relations: { committeeMeeting: true } });
  }

  /** The paper with its meeting and the stored bytes of one of its forms (`pdf` or `docx`). */
  withFile(authorityId: string, id: string, column: 'pdf' | 'docx', planId?: string): Promise<BoardPaperEntity | null> {
    const query = this.dataSource
      .getRepository(BoardPaperEntity)
      .createQueryBuilder('paper')
      .addSelect(`paper.${column}`)
      .leftJoinAndSelect('paper.committeeMeeting', 'meeting')
      .where('paper.id = :id AND paper.authorityId = :authorityId', { id, authorityId });
    if (planId !== undefined) query.andWhere('paper.planId = :planId', { planId });
    return query.getOne();
  }

  /** The newest paper on the plan, with the snapshot it shows. */
  previousOf(authorityId: string, planId: string, transaction?: Transaction): Promise<BoardPaperEntity | null> {
    return this.manager(transaction)
      .getRepository(BoardPaperEntity)
      .findOne({ where: { planId, authorityId }, order: { generatedAt: 'DESC' }, relations: { snapshot: true } });
  }
}
