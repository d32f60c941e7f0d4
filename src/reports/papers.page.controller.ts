import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PlansService } from '../plans/plans.service';
import {
  dateFrom,
  datePartsFrom,
  errorList,
  type FormErrors,
  onControls,
  submitForm,
  text,
  validateAs,
} from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { WorkbooksService } from './excel/workbooks.service';
import { PaperJobs } from './paper-jobs';
import { HOUSE_STYLE_LABELS, HOUSE_STYLES, type HouseStyle } from './paper-html';
import { CreatePaperDto } from './papers.dto';
import { type PaperFormat, PapersService } from './papers.service';
import { DOCX_TYPE, XLSX_TYPE, setAttachment } from './downloads';

type Form = Record<string, unknown>;

const IMPLICATIONS = ['policy', 'financial', 'legal', 'equalities', 'risk', 'crimeAndDisorder'] as const;

const PAPER_MESSAGES: Record<string, string> = {
  committee: 'Enter the committee, for example Executive Board',
  agendaItem: 'Enter the agenda item in up to 40 characters, or leave it blank',
  reportingOfficer: 'Enter the reporting officer, for example Strategic Director – Children & Young People',
  subject: 'Enter the subject of the paper',
  status: 'Choose whether the paper is public or exempt',
  exemptParagraph: 'Choose the paragraph of Schedule 12A that makes the paper exempt',
  houseStyle: 'Choose a house style',
  recommendations: 'Each recommendation must be up to 2,000 characters',
  portfolioHolder: 'Enter the portfolio holder in up to 200 characters, or leave it blank',
  contactOfficer: 'Enter the contact officer in up to 200 characters, or leave it blank',
  keyDecision: 'Choose whether the paper is a key decision',
  wards: 'Enter the wards affected in up to 500 characters, or leave it blank',
  backgroundPapers: 'Enter up to 30 background papers, one a line, each up to 500 characters',
  replacesId: 'Choose the paper to correct from the list of papers printed',
};

const DATE_FIELDS = ['meetingDate', 'asOf'];

/** The paper form's controls, in the order of the page. */
const CONTROLS = [
  'committee',
  'meetingDate',
  'agendaItem',
  'reportingOfficer',
  'subject',
  'portfolioHolder',
  'contactOfficer',
  'keyDecision',
  'wards',
  'asOf',
  'status',
  'exemptParagraph',
  'houseStyle',
  'purpose',
  'recommendations',
  'nextSteps',
  'backgroundPapers',
  ...IMPLICATIONS.map((name) => `implications-${name}`),
];

/**
 * A plan's board papers: every paper printed so far (PDF and Word) and the committee workbook and
 * the plan for the inspectorate, for every reader (as the API allows), and the form to print one
 * for a meeting, for clerks and administrators.
 * Printing queues the paper and redirects to a page that shows how the printing is going.
 */
@ApiExcludeController()
@Controller('plans/:id/papers')
export class PapersPageController {
  constructor(
    private readonly papers: PapersService,
    private readonly paperJobs: PaperJobs,
    private readonly workbooks: WorkbooksService,
    private readonly inspectoratePlans: InspectoratePlanService,
    private readonly plans: PlansService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Read)
  async page(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('printed') printed: string | undefined,
    @Query('created') created: string | undefined,
    @Query('committee') committee: string | undefined,
    @Query('corrects') corrects: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(caller, id, request, response, {
      printed,
      created: created === '1',
      form: null,
      committee: typeof committee === 'string' ? committee.trim() : undefined,
      corrects: typeof corrects === 'string' ? corrects : undefined,
      errors: {},
    });
  }

  @Post()
  @Policy(Permission.ManagePlans)
  async print(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { paper, errors: dateErrors } = paperFrom(form);
    const { errors: invalid } = await validateAs(CreatePaperDto, paper, PAPER_MESSAGES);
    const outcome = await submitForm({ ...invalid, ...dateErrors }, 'committee', () =>
      this.paperJobs.enqueue(caller, id, paper as unknown as CreatePaperDto),
    );
    if (outcome.ok) return response.redirect(303, `/plans/${id}/papers/printing/${outcome.saved}`);
    response.status(outcome.status);
    await this.render(caller, id, request, response, {
      printed: undefined,
      created: false,
      form,
      errors: onControls(outcome.errors, CONTROLS, 'committee'),
    });
  }

  /** The committee workbook as at a date (today when none is given). */
  @Get('workbook')
  @Policy(Permission.Read)
  async workbook(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const asOf = dateFrom(query, 'workbookAsOf');
    if (asOf === undefined) {
      response.status(400);
      return this.render(caller, id, request, response, {
        printed: undefined,
        created: false,
        form: null,
        workbookAsOf: datePartsFrom(query, 'workbookAsOf'),
        errors: { workbookAsOf: 'Enter the date the workbook reports as at as a real date, like 20 10 2009' },
      });
    }
    const { bytes, fileName } = await this.workbooks.committee(caller, id, asOf ?? undefined);
    setAttachment(response, XLSX_TYPE, fileName);
    response.send(bytes);
  }

  /** The plan as a Word document in the shape the inspectorate receives it, as it stands today. */
  @Get('inspectorate-plan')
  @Policy(Permission.Read)
  async inspectoratePlan(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { bytes, fileName } = await this.inspectoratePlans.document(caller, id);
    setAttachment(response, DOCX_TYPE, fileName);
    response.send(bytes);
  }

  /** A paper's PDF, the bytes stored when it was printed: only under its own plan's address. */
  @Get(':paperId/pdf')
  @Policy(Permission.Read)
  async pdf(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('paperId', ParseUUIDPipe) paperId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.send(caller, id, paperId, 'pdf', response);
  }

  /** A paper's Word version, the bytes stored with its PDF: only under its own plan's address. */
  @Get(':paperId/docx')
  @Policy(Permission.Read)
  async docx(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('paperId', ParseUUIDPipe) paperId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.send(caller, id, paperId, 'docx', response);
  }

  private async send(
    caller: Caller,
    planId: string,
    paperId: string,
    format: PaperFormat,
    response: Response,
  ): Promise<void> {
    const { bytes, fileName, sha256, contentType } = await this.papers.file(caller, paperId, format, planId);
    setAttachment(response, contentType, fileName, { 'X-Content-SHA256': sha256 });
    response.send(bytes);
  }

  private async render(
    caller: Caller,
    planId: string,
    request: Request,
    response: Response,
    model: {
      printed: string | undefined;
      created: boolean;
      form: Form | null;
      committee?: string;
      corrects?: string;
      workbookAsOf?: unknown;
      errors: FormErrors;
    },
  ): Promise<void> {
    const plan = await this.plans.get(caller, planId);
    const history = await this.papers.list(caller, planId);
    const replacedBy = new Map(
      history.filter(({ paper }) => paper.replacesId).map((item) => [item.paper.replacesId as string, item]),
    );
    const form = model.form;
    // A correction starts from every answer of the paper it corrects, and stays one while the form is re-shown.
    const correctsId = form ? text(form, 'replacesId') : model.corrects;
    const corrected = history.find(({ paper }) => paper.id === correctsId && !replacedBy.has(paper.id)) ?? null;
    const last = history[0]?.paper;
    const defaults = await this.papers.frontSheetDefaults(caller);
    // Otherwise the front sheet starts from the newest paper for the same committee, on any of the
    // council's plans; the plan's first paper for a committee the council never reported to starts
    // from the council's usual committee and officer.
    const committee =
      model.committee ||
      ((last?.inputs as Record<string, unknown> | undefined)?.committee as string) ||
      defaults.committee;
    const source = corrected?.paper ?? (await this.papers.lastForCommittee(caller, committee));
    const answers = (source?.inputs ?? {}) as Record<string, unknown>;
    const answer = (name: string) => (typeof answers[name] === 'string' ? (answers[name] as string) : '');
    const lines = (name: string) => (Array.isArray(answers[name]) ? (answers[name] as string[]).join('\n') : '');
    const implication = (name: string) =>
      corrected ? ((((answers.implications ?? {}) as Record<string, unknown>)[name] as string | null) ?? '') : '';
    const value = (name: string, fallback: unknown = '') => (form ? text(form, name) : fallback);
    const printed = history.find(({ paper }) => paper.id === model.printed);
    const meetingDate = corrected ? corrected.meeting.meetingDate : '';
    response.render('pages/papers.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Board papers: ${plan.reference}`,
      plan: { id: plan.id, reference: plan.reference, title: plan.title },
      // The same table the routes are guarded by, so a control is shown only where it would work.
      mayPrint: roleMay(caller.role, Permission.ManagePlans),
      mayPostProgress: roleMay(caller.role, Permission.PostProgress),
      created: model.created,
      printed: printed
        ? {
            id: printed.paper.id,
            committee: printed.meeting.committee,
            meetingDate: printed.meeting.meetingDate,
            hasDocx: printed.paper.docxSha256 !== null,
          }
        : null,
      committee,
      corrects: corrected
        ? {
            id: corrected.paper.id,
            committee: corrected.meeting.committee,
            meetingDate: corrected.meeting.meetingDate,
            generatedAt: corrected.paper.generatedAt,
          }
        : null,
      values: {
        replacesId: corrected?.paper.id ?? '',
        committee: value('committee', source ? answer('committee') : committee),
        meetingDate: form ? datePartsFrom(form, 'meetingDate') : meetingDate,
        agendaItem: value('agendaItem', corrected ? answer('agendaItem') : ''),
        reportingOfficer: value('reportingOfficer', answer('reportingOfficer') || defaults.reportingOfficer),
        subject: value('subject', corrected ? answer('subject') : (last?.subject ?? answer('subject'))),
        portfolioHolder: value('portfolioHolder', answer('portfolioHolder')),
        contactOfficer: value('contactOfficer', answer('contactOfficer')),
        keyDecision: value('keyDecision', answers.keyDecision === true ? 'yes' : 'no'),
        wards: value('wards', answer('wards')),
        backgroundPapers: value('backgroundPapers', lines('backgroundPapers')),
        asOf: form ? datePartsFrom(form, 'asOf') : corrected ? answer('asOf') : '',
        status: value('status', corrected ? answer('status') : 'public'),
        exemptParagraph: value('exemptParagraph', corrected ? String(answers.exemptParagraph ?? '') : ''),
        houseStyle: value('houseStyle', source?.houseStyle ?? last?.houseStyle ?? ''),
        purpose: value('purpose', corrected ? answer('purpose') : ''),
        recommendations: value('recommendations', corrected ? lines('recommendations') : 'the report be noted'),
        nextSteps: value('nextSteps', corrected ? answer('nextSteps') : ''),
        ...Object.fromEntries(
          IMPLICATIONS.map((name) => [`implications-${name}`, value(`implications-${name}`, implication(name))]),
        ),
      },
      workbookAsOf: model.workbookAsOf ?? '',
      houseStyles: HOUSE_STYLES.map((style) => ({ value: style, text: HOUSE_STYLE_LABELS[style] ?? style })),
      anyExempt: history.some(({ paper }) => paper.status === 'exempt'),
      history: history.map(({ paper, meeting }) => ({
        id: paper.id,
        committee: meeting.committee,
        meetingDate: meeting.meetingDate,
        agendaItem: paper.agendaItem,
        subject: paper.subject,
        status: paper.status,
        exemptParagraph: paper.exemptParagraph,
        houseStyle: HOUSE_STYLE_LABELS[paper.houseStyle as HouseStyle]?.replace(/ \(.*$/, '') ?? paper.houseStyle,
        asOf: (paper.inputs as Record<string, unknown> | null)?.asOf ?? null,
        generatedAt: paper.generatedAt,
        printedBy: paper.generatedBy?.displayName ?? null,
        replaces: history.find((other) => other.paper.id === paper.replacesId)?.paper.generatedAt ?? null,
        replacedBy: replacedBy.get(paper.id)?.paper.generatedAt ?? null,
        hasDocx: paper.docxSha256 !== null,
      })),
      errors: model.errors,
      errorList: errorList(model.errors, [...DATE_FIELDS, 'workbookAsOf']),
    });
  }
}

/** The API's paper request from the form: one recommendation a line, implications by name. */
function paperFrom(form: Form): { paper: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const meetingDate = dateFrom(form, 'meetingDate');
  if (meetingDate === null) errors.meetingDate = 'Enter the date of the meeting';
  else if (meetingDate === undefined)
    errors.meetingDate = 'The date of the meeting must be a real date, like 29 10 2009';
  const asOf = dateFrom(form, 'asOf');
  if (asOf === undefined) errors.asOf = 'The date the paper reports as at must be a real date, like 20 10 2009';
  const status = text(form, 'status');
  const paragraph = text(form, 'exemptParagraph');
  if (status === 'exempt' && !paragraph) errors.exemptParagraph = PAPER_MESSAGES.exemptParagraph;
  const implications = Object.fromEntries(
    IMPLICATIONS.map((name) => [name, text(form, `implications-${name}`)]).filter(([, value]) => value),
  );
  const optional = (name: string) => (text(form, name) ? { [name]: text(form, name) } : {});
  return {
    paper: {
      committee: text(form, 'committee'),
      meetingDate: meetingDate ?? '',
      ...optional('agendaItem'),
      reportingOfficer: text(form, 'reportingOfficer'),
      subject: text(form, 'subject'),
      status: status || undefined,
      ...(paragraph ? { exemptParagraph: Number(paragraph) } : {}),
      ...optional('houseStyle'),
      ...(asOf ? { asOf } : {}),
      ...optional('purpose'),
      recommendations: text(form, 'recommendations')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
      ...optional('nextSteps'),
      implications,
      ...optional('portfolioHolder'),
      ...optional('contactOfficer'),
      ...optional('wards'),
      // Yes or No; anything else is left for the validator to name.
      ...(text(form, 'keyDecision') ? { keyDecision: keyDecisionFrom(text(form, 'keyDecision')) } : {}),
      backgroundPapers: text(form, 'backgroundPapers')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
      ...optional('replacesId'),
    },
    errors,
  };
}

function keyDecisionFrom(answer: string): boolean | string {
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  return answer;
}
