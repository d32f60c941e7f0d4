import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { DraftDto, UpdateDraftDto, toDraftDto } from './drafts.dto';
import { DraftsService } from './drafts.service';
import { MAX_UPLOAD_BYTES } from './ingest/inspection-draft';
import { InspectionDto } from './inspections.dto';
import { InspectionsService } from './inspections.service';

class ConfirmDraftDto {
  @ApiProperty({ description: 'The version reviewed; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('api/v1/inspections/drafts')
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly inspections: InspectionsService,
  ) {}

  /**
   * Reads an uploaded report (PDF, Word, text or Markdown, or the JSON shape) into a draft for
   * review. The format is told from the bytes. Nothing becomes an inspection until confirmed.
   */
  @Post()
  @Policy(Permission.ManagePlans)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: DraftDto })
  @ApiPayloadTooLargeResponse({ description: 'Over 20 MB.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a PDF, Word, text or JSON file.' })
  @ApiConflictResponse({ description: 'This report was imported before; details.href links to it.' })
  async upload(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<DraftDto> {
    return toDraftDto(await this.drafts.upload(caller, file));
  }

  @Get()
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ type: [DraftDto] })
  async list(@CurrentCaller() caller: Caller): Promise<DraftDto[]> {
    return (await this.drafts.list(caller)).map(toDraftDto);
  }

  @Get(':id')
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ type: DraftDto })
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<DraftDto> {
    return toDraftDto(await this.drafts.get(caller, id));
  }

  /** Corrects the draft. Lists sent replace the draft's lists whole. */
  @Patch(':id')
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ type: DraftDto })
  @ApiConflictResponse({ description: 'Stale version.' })
  async update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDraftDto,
  ): Promise<DraftDto> {
    return toDraftDto(await this.drafts.update(caller, id, body));
  }

  /** Stores the inspection, its source document, judgements and recommendations in one transaction. */
  @Post(':id/confirm')
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: InspectionDto })
  @ApiConflictResponse({ description: 'Stale version, or the same report was imported before.' })
  async confirm(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmDraftDto,
  ): Promise<InspectionDto> {
    const inspectionId = await this.drafts.confirm(caller, id, body.version);
    return this.inspections.get(caller, inspectionId);
  }

  @Delete(':id')
  @HttpCode(204)
  @Policy(Permission.ManagePlans)
  async remove(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.drafts.remove(caller, id);
  }
}
