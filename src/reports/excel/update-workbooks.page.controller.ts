import { Controller, Get, Post, Query, Render, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Permission, Policy } from '../../auth/policy';
import type { Caller } from '../../common/request-context';
import { firstError } from '../../web/admin-forms';
import { CsrfToken, IdParam, redirectOrRender } from '../../web/admin-pages';
import { type FormErrors, submitForm } from '../../web/form-validation';
import { Pages } from '../../web/pages';
import { XLSX_TYPE, setAttachment } from '../downloads';
import { MAX_WORKBOOK_UPLOAD_BYTES, UpdateWorkbooksService } from './update-workbooks.service';
import { previewPage, updateWorkbookPage } from './update-workbooks.view';

const UPLOAD_LIMITS = { fileSize: MAX_WORKBOOK_UPLOAD_BYTES, files: 1, fields: 5 };

/**
 * The owners' update workbook in pages: download it, upload it back, read the preview row by row,
 * and apply it. Each step calls the service the API calls.
 */
@Pages()
@Policy(Permission.PostProgress)
@Controller('plans/:id/update-workbook')
export class UpdateWorkbooksPageController {
  constructor(private readonly workbooks: UpdateWorkbooksService) {}

  @Get()
  @Render('pages/update-workbook.njk')
  page(@CurrentCaller() caller: Caller, @IdParam() id: string, @CsrfToken() csrf: string) {
    return this.start(caller, id, csrf);
  }

  /** The workbook, or the page again saying why it cannot be made. */
  @Get('download')
  async download(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @CsrfToken() csrf: string,
    @Res() response: Response,
  ) {
    const outcome = await submitForm({}, 'download', () => this.workbooks.download(caller, id));
    if (!outcome.ok)
      return response
        .status(outcome.status)
        .render('pages/update-workbook.njk', await this.start(caller, id, csrf, outcome.errors));
    setAttachment(response, XLSX_TYPE, outcome.saved.fileName);
    response.send(outcome.saved.bytes);
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: UPLOAD_LIMITS }))
  async upload(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @CsrfToken() csrf: string,
    @Res() response: Response,
  ) {
    const outcome = await submitForm({}, 'file', () => this.workbooks.upload(caller, id, file));
    await redirectOrRender(
      response,
      outcome,
      (saved) => `/plans/${id}/update-workbook/uploads/${saved.id}`,
      'pages/update-workbook.njk',
      (refused) => this.start(caller, id, csrf, firstError(refused, 'file')),
    );
  }

  @Get('uploads/:uploadId')
  @Render('pages/update-workbook-preview.njk')
  preview(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('uploadId') uploadId: string,
    @Query('applied') applied?: string,
  ) {
    return this.previewOf(caller, id, uploadId, applied === '1');
  }

  @Post('uploads/:uploadId/apply')
  async apply(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('uploadId') uploadId: string,
    @Res() response: Response,
  ) {
    const outcome = await submitForm({}, 'apply', () => this.workbooks.apply(caller, id, uploadId));
    await redirectOrRender(
      response,
      outcome,
      `/plans/${id}/update-workbook/uploads/${uploadId}?applied=1`,
      'pages/update-workbook-preview.njk',
      (refused) => this.previewOf(caller, id, uploadId, false, refused),
    );
  }

  private async start(caller: Caller, planId: string, csrf: string, errors: FormErrors = {}) {
    const plan = await this.workbooks.planOf(caller, planId);
    return updateWorkbookPage(plan, await this.workbooks.recent(caller, planId), csrf, errors);
  }

  private async previewOf(caller: Caller, planId: string, uploadId: string, applied: boolean, errors: FormErrors = {}) {
    const upload = await this.workbooks.get(caller, planId, uploadId);
    return previewPage(await this.workbooks.planOf(caller, upload.planId), upload, caller.userId, applied, errors);
  }
}
