import { Body, Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { sendDownload } from './downloads';
import { PAPERS_PAGE, PapersPageService } from './papers.page.service';

/** A plan's board papers, its workbook and its plan for the inspectorate, and the form to print a paper. */
@Pages()
@Policy(Permission.Read)
@Controller('plans/:id/papers')
export class PapersPageController {
  constructor(private readonly pages: PapersPageService) {}

  @PageGet('', PAPERS_PAGE)
  page(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form) {
    return this.pages.page(caller, id, query);
  }

  /** Queues the paper, then shows how its printing is going. */
  @FormPost('')
  @Policy(Permission.ManagePlans)
  print(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.print(caller, id, sent);
  }

  @Get('workbook')
  async workbook(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form, @Res() res: Response) {
    sendDownload(res, await this.pages.workbook(caller, id, query));
  }

  @Get('inspectorate-plan')
  async inspectoratePlan(@CurrentCaller() caller: Caller, @IdParam() id: string, @Res() res: Response) {
    sendDownload(res, await this.pages.inspectoratePlan(caller, id));
  }

  @Get(':paperId/pdf')
  async pdf(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('paperId') paperId: string,
    @Res() res: Response,
  ) {
    sendDownload(res, await this.pages.paper(caller, id, paperId, 'pdf'));
  }

  @Get(':paperId/docx')
  async docx(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('paperId') paperId: string,
    @Res() res: Response,
  ) {
    sendDownload(res, await this.pages.paper(caller, id, paperId, 'docx'));
  }
}
