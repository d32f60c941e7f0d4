import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { JobDto, toJobDto } from '../jobs/jobs.dto';
import { AsOfQuery } from '../rag/status.dto';
import { WorkbooksService } from './excel/workbooks.service';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { PaperJobs } from './paper-jobs';
import { CreatePaperDto, PaperDto, PaperFormatQuery, toPaperDto } from './papers.dto';
import { PAPER_FORMATS, type PaperFormat, PapersService } from './papers.service';
import { DOCX_TYPE, XLSX_TYPE, setAttachment } from './downloads';

@ApiTags('papers')
@ApiBearerAuth()
@Controller('api/v1')
export class PapersController {
  constructor(
    private readonly papers: PapersService,
    private readonly paperJobs: PaperJobs,
    private readonly workbooks: WorkbooksService,
    private readonly inspectoratePlans: InspectoratePlanService,
  ) {}

  /** The committee workbook: Summary, Actions, Indicators, Updates and Judgements, as at a date. */
  @Get('plans/:id/workbook')
  @Policy(Permission.Read)
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'An .xlsx workbook.' })
  async workbook(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AsOfQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { bytes, fileName } = await this.workbooks.committee(caller, id, query.asOf);
    setAttachment(response, XLSX_TYPE, fileName);
    return new StreamableFile(bytes);
  }

  /**
   * The plan as a Word document in the shape councils send it to the inspectorate: each
   * recommendation, then its actions with lead, timescale, milestones and measures of success.
   */
  @Get('plans/:id/inspectorate-plan')
  @Policy(Permission.Read)
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ description: 'A .docx document.' })
  async inspectoratePlan(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AsOfQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { bytes, fileName } = await this.inspectoratePlans.document(caller, id, query.asOf);
    setAttachment(response, DOCX_TYPE, fileName);
    return new StreamableFile(bytes);
  }

  /**
   * Queues a board paper for the plan and answers 202 at once, with the job's address in
   * `Location`: the job takes a snapshot, renders the PDF in the house style and keeps it, and
   * once done its result names the paper. A correction is a new paper naming the one it replaces
   * (`replacesId`). What would be refused is refused now, with 400 or 404.
   */
  @Post('plans/:id/papers')
  @Policy(Permission.ManagePlans)
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: JobDto,
    description:
      'Queued. Follow Location (GET /api/v1/jobs/{id}) until the state is done; result.paperId is the paper.',
    headers: { Location: { description: 'The job: /api/v1/jobs/{id}', schema: { type: 'string' } } },
  })
  async create(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreatePaperDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JobDto> {
    const jobId = await this.paperJobs.enqueue(caller, id, body);
    response.location(`/api/v1/jobs/${jobId}`);
    return toJobDto(await this.paperJobs.status(caller, jobId));
  }

  @Get('plans/:id/papers')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [PaperDto] })
  @ApiNotFoundResponse({ description: 'No such plan in the caller’s authority.' })
  async list(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<PaperDto[]> {
    return (await this.papers.list(caller, id)).map(({ paper, meeting }) => toPaperDto(paper, meeting));
  }

  /**
   * The paper's record as JSON; or, with `?format=pdf|docx` or an `Accept` header naming PDF or
   * Word, the stored file itself.
   */
  @Get('papers/:id')
  @Policy(Permission.Read)
  @ApiProduces('application/json', PAPER_FORMATS.pdf.contentType, PAPER_FORMATS.docx.contentType)
  @ApiOkResponse({ type: PaperDto, description: 'The record, or the stored PDF or Word file, byte for byte.' })
  async get(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PaperFormatQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PaperDto | StreamableFile> {
    response.vary('Accept');
    const format = query.format ?? negotiatedFormat(request);
    if (format !== 'json') return this.download(caller, id, format, response);
    const { paper, meeting } = await this.papers.get(caller, id);
    return toPaperDto(paper, meeting);
  }

  /** The PDF exactly as it was printed and stored. */
  @Get('papers/:id/pdf')
  @Policy(Permission.Read)
  @ApiProduces(PAPER_FORMATS.pdf.contentType)
  @ApiOkResponse({ description: 'The stored PDF, byte for byte.' })
  async pdf(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.download(caller, id, 'pdf', response);
  }

  /** The Word version, made with the PDF from the same model, exactly as stored. */
  @Get('papers/:id/docx')
  @Policy(Permission.Read)
  @ApiProduces(PAPER_FORMATS.docx.contentType)
  @ApiOkResponse({ description: 'The stored .docx, byte for byte.' })
  @ApiNotFoundResponse({ description: 'No such paper, or one printed before papers were kept in Word.' })
  async docx(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.download(caller, id, 'docx', response);
  }

  private async download(caller: Caller, id: string, format: PaperFormat, response: Response): Promise<StreamableFile> {
    const { bytes, fileName, sha256, contentType } = await this.papers.file(caller, id, format);
    setAttachment(response, contentType, fileName, { 'X-Content-SHA256': sha256 });
    return new StreamableFile(bytes);
  }
}

/** JSON unless the Accept header prefers PDF or Word; a bare or wildcard Accept gets JSON. */
function negotiatedFormat(request: Request): 'json' | PaperFormat {
  const chosen = request.accepts(['application/json', PAPER_FORMATS.pdf.contentType, PAPER_FORMATS.docx.contentType]);
  if (chosen === PAPER_FORMATS.pdf.contentType) return 'pdf';
  if (chosen === PAPER_FORMATS.docx.contentType) return 'docx';
  return 'json';
}
