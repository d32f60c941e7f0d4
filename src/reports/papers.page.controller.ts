import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PlansService } from '../plans/plans.service';
import type { Form } from '../web/admin-forms';
import { IdParam, redirectOrRender } from '../web/admin-pages';
import { dateFrom, datePartsFrom, onControls, submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { PaperJobs } from './paper-jobs';
import { DOCX_TYPE, XLSX_TYPE, setAttachment } from './downloads';
import { WorkbooksService } from './excel/workbooks.service';
import { PAPER_CONTROLS, paperFrom } from './papers.form';
import { type PaperFormat, PapersService } from './papers.service';
import { type PapersPageState, paperStart, papersPage } from './papers.view';

const PAGE = 'pages/papers.njk';

/**
 * A plan's board papers: every paper printed so far (PDF and Word) and the committee workbook and
 * the plan for the inspectorate, for every reader (as the API allows), and the form to print one
 * for a meeting, for clerks and administrators.
 * Printing queues the paper and redirects to a page that shows how the printing is going.
 */
@Pages()
@Policy(Permission.Read)
@Controller('plans/:id/papers')
export class PapersPageController {
  constructor(
    private readonly papers: PapersService,
    private readonly paperJobs: PaperJobs,
    private readonly workbooks: WorkbooksService,
    private readonly inspectoratePlans: InspectoratePlanService,
    private readonly plans: PlansService,
  ) {}

  @Get()
  @Render(PAGE)
  page(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form) {
    const asked = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
    const [printed, created, committee, corrects] = ['printed', 'created', 'committee', 'corrects'].map(asked);
    const state = { printed, created: created === '1', committee: committee?.trim(), corrects };
    return this.papersPage(caller, id, { ...state, form: null, errors: {} });
  }

  @Post()
  @Policy(Permission.ManagePlans)
  async print(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await paperFrom(form);
    const outcome = await submitForm(errors, 'committee', () => this.paperJobs.enqueue(caller, id, value));
    const printing = (jobId: string) => `/plans/${id}/papers/printing/${jobId}`;
    await redirectOrRender(response, outcome, printing, PAGE, (refused) =>
      this.papersPage(caller, id, { form, errors: onControls(refused, PAPER_CONTROLS, 'committee') }),
    );
  }

  /** The committee workbook as at a date (today when none is given). */
  @Get('workbook')
  async workbook(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Query() query: Form,
    @Res() response: Response,
  ) {
    const asOf = dateFrom(query, 'workbookAsOf');
    if (asOf === undefined) {
      const errors = { workbookAsOf: 'Enter the date the workbook reports as at as a real date, like 20 10 2009' };
      const state = { form: null, workbookAsOf: datePartsFrom(query, 'workbookAsOf'), errors };
      return response.status(400).render(PAGE, await this.papersPage(caller, id, state));
    }
    const { bytes, fileName } = await this.workbooks.committee(caller, id, asOf ?? undefined);
    setAttachment(response, XLSX_TYPE, fileName);
    response.send(bytes);
  }

  /** The plan as a Word document in the shape the inspectorate receives it, as it stands today. */
  @Get('inspectorate-plan')
  async inspectoratePlan(@CurrentCaller() caller: Caller, @IdParam() id: string, @Res() response: Response) {
    const { bytes, fileName } = await this.inspectoratePlans.document(caller, id);
    setAttachment(response, DOCX_TYPE, fileName);
    response.send(bytes);
  }

  /** A paper's PDF, the bytes stored when it was printed: only under its own plan's address. */
  @Get(':paperId/pdf')
  pdf(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('paperId') paperId: string,
    @Res() response: Response,
  ) {
    return this.send(caller, id, paperId, 'pdf', response);
  }

  /** A paper's Word version, the bytes stored with its PDF: only under its own plan's address. */
  @Get(':paperId/docx')
  docx(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('paperId') paperId: string,
    @Res() response: Response,
  ) {
    return this.send(caller, id, paperId, 'docx', response);
  }

  private async send(caller: Caller, planId: string, paperId: string, format: PaperFormat, response: Response) {
    const { bytes, fileName, sha256, contentType } = await this.papers.file(caller, paperId, format, planId);
    setAttachment(response, contentType, fileName, { 'X-Content-SHA256': sha256 });
    response.send(bytes);
  }

  private async papersPage(caller: Caller, planId: string, state: PapersPageState) {
    const plan = await this.plans.get(caller, planId);
    const history = await this.papers.list(caller, planId);
    const defaults = await this.papers.frontSheetDefaults(caller);
    const start = paperStart(history, defaults, state);
    const source = start.corrected?.paper ?? (await this.papers.lastForCommittee(caller, start.committee));
    return papersPage(caller.role, plan, history, defaults, start, source, state);
  }
}
