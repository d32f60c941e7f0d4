import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { PlansService } from '../plans/plans.service';
import type { Form } from '../web/admin-forms';
import { dateFrom, datePartsFrom, onControls, submitForm } from '../web/form-validation';
import { afterSubmit, refuse } from '../web/pages';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { DOCX_TYPE, type Download, XLSX_TYPE } from './downloads';
import { WorkbooksService } from './excel/workbooks.service';
import { PaperJobs } from './paper-jobs';
import { PAPER_CONTROLS, paperFrom } from './papers.form';
import { type PaperFormat, PapersService } from './papers.service';
import { type PapersPageState, paperStart, papersPage } from './papers.view';

export const PAPERS_PAGE = 'pages/papers.njk';

/**
 * A plan's board papers: every paper printed so far (PDF and Word) and the committee workbook and
 * the plan for the inspectorate, for every reader (as the API allows), and the form to print one
 * for a meeting, for clerks and administrators.
 * Printing queues the paper and sends the browser to a page that shows how the printing is going.
 */
@Injectable()
export class PapersPageService {
  constructor(
    private readonly papers: PapersService,
    private readonly paperJobs: PaperJobs,
    private readonly workbooks: WorkbooksService,
    private readonly inspectoratePlans: InspectoratePlanService,
    private readonly plans: PlansService,
  ) {}

  /** The page, with the banner or the starting answers its query string asks for. */
  page(caller: Caller, id: string, query: Form) {
    const asked = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
    const [printed, created, committee, corrects] = ['printed', 'created', 'committee', 'corrects'].map(asked);
    const state = { printed, created: created === '1', committee: committee?.trim(), corrects };
    return this.papersPage(caller, id, { ...state, form: null, errors: {} });
  }

  async print(caller: Caller, id: string, sent: Form) {
    const { value, errors } = await paperFrom(sent);
    const outcome = await submitForm(errors, 'committee', () => this.paperJobs.enqueue(caller, id, value));
    const printing = (jobId: string) => `/plans/${id}/papers/printing/${jobId}`;
    return afterSubmit(outcome, printing, PAPERS_PAGE, (refused) =>
      this.papersPage(caller, id, { form: sent, errors: onControls(refused, PAPER_CONTROLS, 'committee') }),
    );
  }

  /** The committee workbook as at a date (today when none is given); a date that is not one is refused. */
  async workbook(caller: Caller, id: string, query: Form): Promise<Download> {
    const asOf = dateFrom(query, 'workbookAsOf');
    if (asOf === undefined) {
      const errors = { workbookAsOf: 'Enter the date the workbook reports as at as a real date, like 20 10 2009' };
      const state = { form: null, workbookAsOf: datePartsFrom(query, 'workbookAsOf'), errors };
      refuse(PAPERS_PAGE, await this.papersPage(caller, id, state));
    }
    const { bytes, fileName } = await this.workbooks.committee(caller, id, asOf ?? undefined);
    return { bytes, fileName, contentType: XLSX_TYPE };
  }

  /** The plan as a Word document in the shape the inspectorate receives it, as it stands today. */
  async inspectoratePlan(caller: Caller, id: string): Promise<Download> {
    const { bytes, fileName } = await this.inspectoratePlans.document(caller, id);
    return { bytes, fileName, contentType: DOCX_TYPE };
  }

  /** A paper's PDF or Word version, the bytes stored when it was printed: only under its own plan's address. */
  async paper(caller: Caller, planId: string, paperId: string, format: PaperFormat): Promise<Download> {
    const { bytes, fileName, sha256, contentType } = await this.papers.file(caller, paperId, format, planId);
    return { bytes, fileName, contentType, headers: { 'X-Content-SHA256': sha256 } };
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
