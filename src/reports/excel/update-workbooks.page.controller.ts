import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Csrf } from '../../auth/csrf';
import { Permission, Policy } from '../../auth/policy';
import type { Caller } from '../../common/request-context';
import { type FormErrors, errorList, submitForm } from '../../web/form-validation';
import { pageContext } from '../../web/page-context';
import type { UpdateWorkbookUploadEntity } from './update-workbook-upload.entity';
import { MAX_WORKBOOK_UPLOAD_BYTES, UpdateWorkbooksService } from './update-workbooks.service';
import { XLSX_TYPE, setAttachment } from '../downloads';

/**
 * The owners' update workbook in pages: download it, upload it back, read the preview row by row,
 * and apply it. Each step calls the service the API calls.
 */
@ApiExcludeController()
@Controller('plans/:id/update-workbook')
export class UpdateWorkbooksPageController {
  constructor(
    private readonly workbooks: UpdateWorkbooksService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.PostProgress)
  async page(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderStart(caller, id, request, response, {});
  }

  @Get('download')
  @Policy(Permission.PostProgress)
  async download(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'download', () => this.workbooks.download(caller, id));
    if (outcome.ok) {
      setAttachment(response, XLSX_TYPE, outcome.saved.fileName);
      response.send(outcome.saved.bytes);
      return;
    }
    response.status(outcome.status);
    await this.renderStart(caller, id, request, response, outcome.errors);
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @Post()
  @Policy(Permission.PostProgress)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_WORKBOOK_UPLOAD_BYTES, files: 1, fields: 5 } }))
  async upload(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'file', () => this.workbooks.upload(caller, id, file));
    if (outcome.ok) return response.redirect(303, `/plans/${id}/update-workbook/uploads/${outcome.saved.id}`);
    response.status(outcome.status);
    await this.renderStart(caller, id, request, response, { file: Object.values(outcome.errors)[0] });
  }

  @Get('uploads/:uploadId')
  @Policy(Permission.PostProgress)
  async preview(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Query('applied') applied: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const upload = await this.workbooks.get(caller, id, uploadId);
    await this.renderPreview(caller, upload, request, response, {}, applied === '1');
  }

  @Post('uploads/:uploadId/apply')
  @Policy(Permission.PostProgress)
  async apply(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'apply', () => this.workbooks.apply(caller, id, uploadId));
    if (outcome.ok) return response.redirect(303, `/plans/${id}/update-workbook/uploads/${uploadId}?applied=1`);
    response.status(outcome.status);
    const upload = await this.workbooks.get(caller, id, uploadId);
    await this.renderPreview(caller, upload, request, response, { apply: Object.values(outcome.errors)[0] }, false);
  }

  private async renderStart(
    caller: Caller,
    planId: string,
    request: Request,
    response: Response,
    errors: FormErrors,
  ): Promise<void> {
    const plan = await this.workbooks.planOf(caller, planId);
    const context = pageContext(this.csrf, request, response);
    response.render('pages/update-workbook.njk', {
      ...context,
      pageTitle: `Update in Excel: ${plan.reference}`,
      plan: { id: plan.id, reference: plan.reference, title: plan.title },
      uploadAction: `/plans/${plan.id}/update-workbook?_csrf=${encodeURIComponent(context.csrfToken)}`,
      uploads: (await this.workbooks.recent(caller, planId)).map((upload) => ({
        id: upload.id,
        fileName: upload.fileName,
        period: upload.period,
        createdAt: upload.createdAt,
        appliedAt: upload.appliedAt,
        counts: upload.preview.counts,
      })),
      errors,
      errorList: errorList(errors),
    });
  }

  private async renderPreview(
    caller: Caller,
    upload: UpdateWorkbookUploadEntity,
    request: Request,
    response: Response,
    errors: FormErrors,
    applied: boolean,
  ): Promise<void> {
    const plan = await this.workbooks.planOf(caller, upload.planId);
    response.render('pages/update-workbook-preview.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Check the changes: ${upload.fileName}`,
      plan: { id: plan.id, reference: plan.reference, title: plan.title },
      upload: {
        id: upload.id,
        fileName: upload.fileName,
        period: upload.period,
        downloadedAt: upload.madeAt,
        createdAt: upload.createdAt,
        appliedAt: upload.appliedAt,
        mine: upload.uploadedById === caller.userId,
      },
      preview: upload.preview,
      applied,
      errors,
      errorList: errorList(errors),
    });
  }
}
