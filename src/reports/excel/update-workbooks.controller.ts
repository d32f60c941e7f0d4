import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
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
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Permission, Policy } from '../../auth/policy';
import type { Caller } from '../../common/request-context';
import { UpdateWorkbookUploadDto, toUpdateWorkbookUploadDto } from './update-workbooks.dto';
import { MAX_WORKBOOK_UPLOAD_BYTES, UpdateWorkbooksService } from './update-workbooks.service';
import { XLSX_TYPE, setAttachment } from '../downloads';

@ApiTags('papers')
@ApiBearerAuth()
@Controller('api/v1/plans/:id/update-workbook')
export class UpdateWorkbooksController {
  constructor(private readonly workbooks: UpdateWorkbooksService) {}

  /** The owners' update workbook: the caller's own open actions (all of them for a clerk or admin). */
  @Get()
  @Policy(Permission.PostProgress)
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'An .xlsx workbook to fill in and upload back.' })
  async download(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { bytes, fileName } = await this.workbooks.download(caller, id);
    setAttachment(response, XLSX_TYPE, fileName);
    return new StreamableFile(bytes);
  }

  /** Uploads a filled-in workbook and answers what it would change, row by row. Nothing is applied yet. */
  @Post()
  @Policy(Permission.PostProgress)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_WORKBOOK_UPLOAD_BYTES, files: 1, fields: 5 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: UpdateWorkbookUploadDto })
  @ApiUnprocessableEntityResponse({
    description: 'Not an .xlsx, not an update workbook, for another plan, or its sheets or columns were altered.',
  })
  async upload(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<UpdateWorkbookUploadDto> {
    return toUpdateWorkbookUploadDto(await this.workbooks.upload(caller, id, file));
  }

  @Get('uploads/:uploadId')
  @Policy(Permission.PostProgress)
  @ApiOkResponse({ type: UpdateWorkbookUploadDto })
  async get(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
  ): Promise<UpdateWorkbookUploadDto> {
    return toUpdateWorkbookUploadDto(await this.workbooks.get(caller, id, uploadId));
  }

  /** Applies the rows the preview marked apply, in one transaction, as ordinary updates and values. */
  @Post('uploads/:uploadId/apply')
  @HttpCode(200)
  @Policy(Permission.PostProgress)
  @ApiOkResponse({ type: UpdateWorkbookUploadDto })
  @ApiConflictResponse({ description: 'Already applied, or something changed since the preview; nothing applied.' })
  async apply(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
  ): Promise<UpdateWorkbookUploadDto> {
    return toUpdateWorkbookUploadDto(await this.workbooks.apply(caller, id, uploadId));
  }
}
