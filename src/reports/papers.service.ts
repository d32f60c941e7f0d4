import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { DomainError, ErrorCode } from '../common/domain-error';
import { londonToday } from '../domain/periods';
import type { Caller } from '../common/request-context';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { snapshotContentOf, StatusService } from '../rag/status.service';
import { BoardPaperEntity } from './board-paper.entity';
import { CommitteeMeetingEntity } from './committee-meeting.entity';
import { boardPaperDocx } from './docx/board-paper-docx';
import { DOCX_TYPE } from './downloads';
import { headerFooter, HOUSE_STYLES, type HouseStyle, paperHtml } from './paper-html';
import type { CreatePaperDto } from './papers.dto';
import { PdfRenderer } from './pdf/pdf-renderer';
import { RagSnapshotEntity } from './rag-snapshot.entity';
import { ReportBuilder } from './report-builder';
import type { PaperInputs } from './report-model';

/** The two forms a paper is kept in: the PDF as printed, and the Word document made with it. */
export const PAPER_FORMATS = {
  pdf: { contentType: 'application/pdf', column: 'pdf', hash: 'pdfSha256' },
  docx: { contentType: DOCX_TYPE, column: 'docx', hash: 'docxSha256' },
} as const;
export type PaperFormat = keyof typeof PAPER_FORMATS;

export interface PaperFile {
  bytes: Buffer;
  fileName: string;
  sha256: string;
  contentType: string;
}

const alreadyReplaced = () =>
  DomainError.invalid(
    'That paper has already been replaced by a corrected version: correct the newest version instead.',
    'replacesId',
  );

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What printing a paper is doing, in order: told to `create`'s progress callback. */
export type PaperStep = 'drawing charts' | 'printing' | 'storing';

export interface StoredPaper {
  paper: BoardPaperEntity;
  meeting: CommitteeMeetingEntity;
}

/**
 * Board papers: the report model of a plan as at a date, printed in the house style, and kept for
 * good with the snapshot it shows. The Word version is made from the same model at the same time
 * and kept beside the PDF, so the two are always the same paper. A paper is never printed again in
 * place: a correction is a new paper that names the one it replaces, and the stored bytes are what
 * is downloaded, always.
 */
@Injectable()
export class PapersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly status: StatusService,
    private readonly builder: ReportBuilder,
    private readonly printer: PdfRenderer,
  ) {}

  async create(
    caller: Pick<Caller, 'authorityId'> & { userId: string | null },
    planId: string,
    input: CreatePaperDto,
    progress: (step: PaperStep) => unknown = () => undefined,
  ): Promise<StoredPaper> {
    const status = input.status ?? 'public';
    if (status === 'exempt' && !input.exemptParagraph) {
      throw DomainError.invalid(
        'An exempt paper needs the paragraph of Schedule 12A that applies (exemptParagraph, 1 to 7).',
        'exemptParagraph',
      );
    }
    if (status === 'public' && input.exemptParagraph) {
      throw DomainError.invalid('A public paper has no exempt paragraph.', 'exemptParagraph');
    }
    const asOf = this.status.resolveAsOf(input.asOf);
    const manager = this.dataSource.manager;
    const plan = await this.plan(caller, planId);
    let replacesPaperOf: string | null = null;
    if (input.replacesId) {
      const papers = manager.getRepository(BoardPaperEntity);
      const replaced = await papers.findOneBy({ id: input.replacesId, planId, authorityId: caller.authorityId });
      if (!replaced)
        throw DomainError.invalid('The paper this one replaces is not a paper on this plan.', 'replacesId');
      if (await papers.existsBy({ replacesId: replaced.id })) throw alreadyReplaced();
      replacesPaperOf = londonToday(replaced.generatedAt);
    }
    const authority = await manager.getRepository(AuthorityEntity).findOneByOrFail({ id: caller.authorityId });
    const houseStyle: HouseStyle =
      input.houseStyle ??
      ((HOUSE_STYLES as readonly string[]).includes(authority.houseStyle)
        ? (authority.houseStyle as HouseStyle)
        : 'executive-board');
    const paper: PaperInputs = {
      committee: input.committee.trim(),
      meetingDate: input.meetingDate,
      agendaItem: input.agendaItem?.trim() || null,
      reportingOfficer: input.reportingOfficer.trim(),
      subject: input.subject.trim(),
      status,
      exemptParagraph: status === 'exempt' ? (input.exemptParagraph ?? null) : null,
      houseStyle,
      purpose: input.purpose?.trim() || null,
      recommendations: (input.recommendations ?? []).map((item) => item.trim()).filter(Boolean),
      nextSteps: input.nextSteps?.trim() || null,
      implications: {
        policy: input.implications?.policy?.trim() || null,
        financial: input.implications?.financial?.trim() || null,
        legal: input.implications?.legal?.trim() || null,
        equalities: input.implications?.equalities?.trim() || null,
        risk: input.implications?.risk?.trim() || null,
        crimeAndDisorder: input.implications?.crimeAndDisorder?.trim() || null,
      },
      backgroundPapers: (input.backgroundPapers ?? []).map((item) => item.trim()).filter(Boolean),
      contactOfficer: input.contactOfficer?.trim() || null,
      portfolioHolder: input.portfolioHolder?.trim() || null,
      keyDecision: input.keyDecision ?? false,
      wards: input.wards?.trim() || null,
      replacesPaperOf,
    };

    // Read the plan once; the same status is printed and kept as the paper's snapshot.
    await progress('drawing charts');
    const { status: planStatus, thresholds } = await this.status.planStatus(caller, planId, asOf, manager);
    const model = await this.builder.build(manager, caller.authorityId, plan, paper, asOf, planStatus, thresholds);
    const { header, footer } = headerFooter(model);
    await progress('printing');
    const [pdf, docx] = await Promise.all([
      this.printer.print(paperHtml(model), { headerTemplate: header, footerTemplate: footer }),
      boardPaperDocx(model, new Date()),
    ]);

    await progress('storing');
    return this.dataSource.transaction(async (transaction) => {
      if (input.replacesId) {
        // Two clerks correcting the same paper at once: the second waits on the plan's row for the
        // first (papers are never updated, so the plan is what is locked), then is refused.
        await transaction
          .getRepository(ImprovementPlanEntity)
          .findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
        if (await transaction.getRepository(BoardPaperEntity).existsBy({ replacesId: input.replacesId }))
          throw alreadyReplaced();
      }
      const meetings = transaction.getRepository(CommitteeMeetingEntity);
      const meeting =
        (await meetings.findOneBy({
          authorityId: caller.authorityId,
          committee: paper.committee,
          meetingDate: paper.meetingDate,
        })) ??
        (await meetings.save(
          meetings.create({
            authorityId: caller.authorityId,
            committee: paper.committee,
            meetingDate: paper.meetingDate,
          }),
        ));
      const snapshot = await transaction.getRepository(RagSnapshotEntity).save(
        transaction.getRepository(RagSnapshotEntity).create({
          authorityId: caller.authorityId,
          planId,
          asOf,
          content: snapshotContentOf(planStatus) as unknown as Record<string, unknown>,
          takenById: caller.userId,
        }),
      );
      const saved = await transaction.getRepository(BoardPaperEntity).save(
        transaction.getRepository(BoardPaperEntity).create({
          authorityId: caller.authorityId,
          planId,
          committeeMeetingId: meeting.id,
          snapshotId: snapshot.id,
          replacesId: input.replacesId ?? null,
          agendaItem: paper.agendaItem,
          reportingOfficer: paper.reportingOfficer,
          subject: paper.subject,
          status: paper.status,
          exemptParagraph: paper.exemptParagraph,
          houseStyle: paper.houseStyle,
          inputs: { ...paper, asOf } as unknown as Record<string, unknown>,
          pdf,
          pdfSha256: sha256(pdf),
          docx,
          docxSha256: sha256(docx),
          generatedById: caller.userId,
        }),
      );
      return { paper: saved, meeting };
    });
  }

  /**
   * What `create` would refuse before it prints, checked now, so that a paper printed as a job is
   * refused at once rather than when its turn comes: the exempt paragraph, the plan, and the
   * paper a correction replaces.
   */
  async check(caller: Pick<Caller, 'authorityId'>, planId: string, input: CreatePaperDto): Promise<void> {
    const status = input.status ?? 'public';
    if (status === 'exempt' && !input.exemptParagraph) {
      throw DomainError.invalid(
        'An exempt paper needs the paragraph of Schedule 12A that applies (exemptParagraph, 1 to 7).',
        'exemptParagraph',
      );
    }
    if (status === 'public' && input.exemptParagraph) {
      throw DomainError.invalid('A public paper has no exempt paragraph.', 'exemptParagraph');
    }
    this.status.resolveAsOf(input.asOf);
    await this.plan(caller, planId);
    if (input.replacesId) {
      const papers = this.dataSource.getRepository(BoardPaperEntity);
      const replaced = await papers.findOneBy({ id: input.replacesId, planId, authorityId: caller.authorityId });
      if (!replaced)
        throw DomainError.invalid('The paper this one replaces is not a paper on this plan.', 'replacesId');
      if (await papers.existsBy({ replacesId: replaced.id })) throw alreadyReplaced();
    }
  }

  /** The committee and reporting officer a new paper starts with: the council's usual ones, if it has any. */
  async frontSheetDefaults(caller: Caller): Promise<{ committee: string; reportingOfficer: string }> {
    const authority = await this.dataSource.manager
      .getRepository(AuthorityEntity)
      .findOneBy({ id: caller.authorityId });
    return { committee: authority?.committees?.[0] ?? '', reportingOfficer: authority?.reportingOfficers?.[0] ?? '' };
  }

  /**
   * The newest paper the authority printed for a committee, on any plan: its front-sheet answers
   * start the next paper for the same committee. Null when the committee has had none.
   */
  async lastForCommittee(caller: Pick<Caller, 'authorityId'>, committee: string): Promise<BoardPaperEntity | null> {
    if (!committee.trim()) return null;
    return this.dataSource
      .getRepository(BoardPaperEntity)
      .createQueryBuilder('paper')
      .innerJoin('paper.committeeMeeting', 'meeting')
      .where('paper.authorityId = :authorityId AND meeting.committee = :committee', {
        authorityId: caller.authorityId,
        committee: committee.trim(),
      })
      .orderBy('paper.generatedAt', 'DESC')
      .addOrderBy('paper.id', 'DESC')
      .getOne();
  }

  /** A plan's papers, newest first, with who printed each; 404 for a plan the caller's authority does not have. */
  async list(caller: Caller, planId: string): Promise<StoredPaper[]> {
    await this.plan(caller, planId);
    const papers = await this.dataSource.getRepository(BoardPaperEntity).find({
      where: { planId, authorityId: caller.authorityId },
      relations: { committeeMeeting: true, generatedBy: true },
      order: { generatedAt: 'DESC' },
    });
    return papers.map((paper) => ({ paper, meeting: paper.committeeMeeting as CommitteeMeetingEntity }));
  }

  async get(caller: Caller, id: string): Promise<StoredPaper> {
    const paper = await this.dataSource
      .getRepository(BoardPaperEntity)
      .findOne({ where: { id, authorityId: caller.authorityId }, relations: { committeeMeeting: true } });
    if (!paper) throw DomainError.notFound('The paper');
    return { paper, meeting: paper.committeeMeeting as CommitteeMeetingEntity };
  }

  /** Exactly the bytes stored when the paper was printed, as PDF or Word; with `planId`, only a paper of that plan. */
  async file(
    caller: Pick<Caller, 'authorityId'>,
    id: string,
    format: PaperFormat,
    planId?: string,
  ): Promise<PaperFile> {
    const { contentType, column, hash } = PAPER_FORMATS[format];
    const query = this.dataSource
      .getRepository(BoardPaperEntity)
      .createQueryBuilder('paper')
      .addSelect(`paper.${column}`)
      .leftJoinAndSelect('paper.committeeMeeting', 'meeting')
      .where('paper.id = :id AND paper.authorityId = :authorityId', { id, authorityId: caller.authorityId });
    if (planId !== undefined) query.andWhere('paper.planId = :planId', { planId });
    const row = await query.getOne();
    if (!row) throw DomainError.notFound('The paper');
    const bytes = row[column];
    if (!bytes) {
      throw new DomainError(
        ErrorCode.NotFound,
        'This paper was printed before papers were kept in Word as well, so it has no Word version. Print it again as a correction to have one.',
      );
    }
    const slug = `${row.committeeMeeting?.committee ?? 'paper'} ${row.committeeMeeting?.meetingDate ?? ''}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return { bytes, fileName: `${slug || 'paper'}.${format}`, sha256: row[hash] ?? '', contentType };
  }

  private async plan(caller: Pick<Caller, 'authorityId'>, planId: string): Promise<ImprovementPlanEntity> {
    const plan = await this.dataSource
      .getRepository(ImprovementPlanEntity)
      .findOneBy({ id: planId, authorityId: caller.authorityId });
    if (!plan) throw DomainError.notFound('The improvement plan');
    return plan;
  }
}
