import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { AsOfQuery } from '../rag/status.dto';
import { WorkbooksService } from './excel/workbooks.service';
import { CreatePaperDto, PaperDto, toPaperDto } from './papers.dto';
import { PapersService } from './papers.service';
import { XLSX_TYPE, setAttachment } from './downloads';

@ApiTags('papers')
@ApiBearerAuth()
@Controller('api/v1')
export class PapersController {
  constructor(
    private readonly papers: PapersService,
    private readonly workbooks: WorkbooksService,
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
   * Prints a board paper for the plan: takes a snapshot, renders the PDF in the house style and
   * keeps it. A correction is a new paper naming the one it replaces (`replacesId`).
   */
  @Post('plans/:id/papers')
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: PaperDto })
  @ApiServiceUnavailableResponse({ description: 'The PDF printer is unavailable or stopped; nothing was stored.' })
  async create(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreatePaperDto,
  ): Promise<PaperDto> {
    const { paper, meeting } = await this.papers.create(caller, id, body);
    return toPaperDto(paper, meeting);
  }

  @Get('plans/:id/papers')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [PaperDto] })
  @ApiNotFoundResponse({ description: 'No such plan in the caller’s authority.' })
  async list(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<PaperDto[]> {
    return (await this.papers.list(caller, id)).map(({ paper, meeting }) => toPaperDto(paper, meeting));
  }

  @Get('papers/:id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: PaperDto })
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<PaperDto> {
    const { paper, meeting } = await this.papers.get(caller, id);
    return toPaperDto(paper, meeting);
  }

  /** The PDF exactly as it was printed and stored. */
  @Get('papers/:id/pdf')
  @Policy(Permission.Read)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The stored PDF, byte for byte.' })
  async pdf(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { bytes, fileName, sha256 } = await this.papers.pdf(caller, id);
    setAttachment(response, 'application/pdf', fileName, { 'X-Content-SHA256': sha256 });
    return new StreamableFile(bytes);
  }
}
