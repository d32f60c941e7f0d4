import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Transactions } from '../database/transaction';
import { londonToday } from '../domain/periods';
import type { Caller } from '../common/request-context';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { snapshotContentOf } from '../rag/snapshot';
import { SnapshotsRepository } from '../rag/snapshots.repository';
import { StatusService } from '../rag/status.service';
import type { BoardPaperEntity } from './board-paper.entity';
import type { CommitteeMeetingEntity } from './committee-meeting.entity';
import { boardPaperDocx } from './docx/board-paper-docx';
import { DOCX_TYPE } from './downloads';
import { headerFooter, HOUSE_STYLES, type HouseStyle, paperHtml } from './paper-html';
import type { CreatePaperDto } from './papers.dto';
import { PapersRepository } from './papers.repository';
import { PdfRenderer } from './pdf/pdf-renderer';
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
    private readonly repository: PapersRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly transactions: Transactions,
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
    const { asOf, plan, replaced } = await this.check(caller, planId, input);
    const status = input.status ?? 'public';
    const replacesPaperOf = replaced ? londonToday(replaced.generatedAt) : null;
    const authority = await this.repository.findAuthority(caller.authorityId);
    if (!authority) throw DomainError.notFound('The authority');
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
    const { status: planStatus, thresholds } = await this.status.planStatus(caller, planId, asOf);
    const model = await this.builder.build(undefined, caller.authorityId, plan, paper, asOf, planStatus, thresholds);
    const { header, footer } = headerFooter(model);
    await progress('printing');
    const [pdf, docx] = await Promise.all([
      this.printer.print(paperHtml(model), { headerTemplate: header, footerTemplate: footer }),
      boardPaperDocx(model, new Date()),
    ]);

    await progress('storing');
    return this.transactions.withTransaction(async (transaction) => {
      if (input.replacesId) {
        // Two clerks correcting the same paper at once: the second waits on the plan's row for the
        // first (papers are never updated, so the plan is what is locked), then is refused.
        await this.repository.lockPlan(planId, transaction);
        if (await this.repository.isReplaced(input.replacesId, transaction)) throw alreadyReplaced();
      }
      const meeting = await this.repository.meeting(
        caller.authorityId,
        paper.committee,
        paper.meetingDate,
        transaction,
      );
      const snapshot = await this.snapshots.insert(
        {
          authorityId: caller.authorityId,
          planId,
          asOf,
          content: snapshotContentOf(planStatus) as unknown as Record<string, unknown>,
          takenById: caller.userId,
        },
        transaction,
      );
      const saved = await this.repository.insert(
        {
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
        },
        transaction,
      );
      return { paper: saved, meeting };
    });
  }

  /**
   * What `create` refuses before it prints, with what it read to decide: checked on its own before a
   * paper is queued, so a paper printed as a job is refused at once rather than when its turn comes:
   * the exempt paragraph, the as-at date, the plan, and the paper a correction replaces.
   */
  async check(caller: Pick<Caller, 'authorityId'>, planId: string, input: CreatePaperDto) {
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
    const plan = await this.plan(caller, planId);
    if (!input.replacesId) return { asOf, plan, replaced: null };
    const replaced = await this.repository.findPaperOfPlan(caller.authorityId, planId, input.replacesId);
    if (!replaced) throw DomainError.invalid('The paper this one replaces is not a paper on this plan.', 'replacesId');
    if (await this.repository.isReplaced(replaced.id)) throw alreadyReplaced();
    return { asOf, plan, replaced };
  }

  /** The committee and reporting officer a new paper starts with: the council's usual ones, if it has any. */
  async frontSheetDefaults(caller: Caller): Promise<{ committee: string; reportingOfficer: string }> {
    const authority = await this.repository.findAuthority(caller.authorityId);
    return { committee: authority?.committees?.[0] ?? '', reportingOfficer: authority?.reportingOfficers?.[0] ?? '' };
  }

  /**
   * The newest paper the authority printed for a committee, on any plan: its front-sheet answers
   * start the next paper for the same committee. Null when the committee has had none.
   */
  async lastForCommittee(caller: Pick<Caller, 'authorityId'>, committee: string): Promise<BoardPaperEntity | null> {
    if (!committee.trim()) return null;
    return this.repository.lastForCommittee(caller.authorityId, committee.trim());
  }

  /** A plan's papers, newest first, with who printed each; 404 for a plan the caller's authority does not have. */
  async list(caller: Caller, planId: string): Promise<StoredPaper[]> {
    await this.plan(caller, planId);
    const papers = await this.repository.listOf(caller.authorityId, planId);
    return papers.map((paper) => ({ paper, meeting: paper.committeeMeeting as CommitteeMeetingEntity }));
  }

  async get(caller: Caller, id: string): Promise<StoredPaper> {
    const paper = await this.repository.find(caller.authorityId, id);
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
    const row = await this.repository.withFile(caller.authorityId, id, column, planId);
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
    const plan = await this.repository.findPlan(caller.authorityId, planId);
    if (!plan) throw DomainError.notFound('The improvement plan');
    return plan;
  }
}
