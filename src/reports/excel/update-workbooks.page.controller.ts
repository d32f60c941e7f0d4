import { Controller, Get, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Permission, Policy } from '../../auth/policy';
import type { Caller } from '../../common/request-context';
import { CsrfToken, IdParam } from '../../web/admin-pages';
import { FormPost, PageGet, Pages } from '../../web/pages';
import { sendDownload } from '../downloads';
import { PREVIEW_PAGE, UPDATE_WORKBOOK_PAGE, UpdateWorkbooksPageService } from './update-workbooks.page.service';
import { MAX_WORKBOOK_UPLOAD_BYTES } from './update-workbooks.service';

const UPLOAD_LIMITS = { fileSize: MAX_WORKBOOK_UPLOAD_BYTES, files: 1, fields: 5 };
type Upload = { buffer: Buffer; originalname: string } | undefined;

/** The owners' update workbook in pages: download it, upload it back, read the preview and apply it. */
@Pages()
@Policy(Permission.PostProgress)
@Controller('plans/:id/update-workbook')
export class UpdateWorkbooksPageController {
  constructor(private readonly pages: UpdateWorkbooksPageService) {}

  @PageGet('', UPDATE_WORKBOOK_PAGE)
  page(@CurrentCaller() caller: Caller, @IdParam() id: string, @CsrfToken() csrf: string) {
    return this.pages.start(caller, id, csrf);
  }

  @Get('download')
  async download(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @CsrfToken() csrf: string,
    @Res() res: Response,
  ) {
    sendDownload(res, await this.pages.download(caller, id, csrf));
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @FormPost('')
  @UseInterceptors(FileInterceptor('file', { limits: UPLOAD_LIMITS }))
  upload(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @UploadedFile() file: Upload,
    @CsrfToken() csrf: string,
  ) {
    return this.pages.upload(caller, id, file, csrf);
  }

  @PageGet('uploads/:uploadId', PREVIEW_PAGE)
  preview(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @IdParam('uploadId') uploadId: string,
    @Query('applied') applied?: string,
  ) {
    return this.pages.preview(caller, id, uploadId, applied === '1');
  }

  @FormPost('uploads/:uploadId/apply')
  apply(@CurrentCaller() caller: Caller, @IdParam() id: string, @IdParam('uploadId') uploadId: string) {
    return this.pages.apply(caller, id, uploadId);
  }
}
