import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/request-context';
import { type FormErrors, firstOf, submitForm } from '../../web/form-validation';
import { afterSubmit, refuse } from '../../web/pages';
import { type Download, XLSX_TYPE } from '../downloads';
import { UpdateWorkbooksService } from './update-workbooks.service';
import { previewPage, updateWorkbookPage } from './update-workbooks.view';

export const UPDATE_WORKBOOK_PAGE = 'pages/update-workbook.njk';
export const PREVIEW_PAGE = 'pages/update-workbook-preview.njk';

/**
 * The owners' update workbook in pages: download it, upload it back, read the preview row by row,
 * and apply it. Each step calls the service the API calls. `csrf` is the page's token, which the
 * multipart upload form carries in its address.
 */
@Injectable()
export class UpdateWorkbooksPageService {
  constructor(private readonly workbooks: UpdateWorkbooksService) {}

  async start(caller: Caller, planId: string, csrf: string, errors: FormErrors = {}) {
    const plan = await this.workbooks.planOf(caller, planId);
    return updateWorkbookPage(plan, await this.workbooks.recent(caller, planId), csrf, errors);
  }

  /** The workbook, or the page again saying why it cannot be made. */
  async download(caller: Caller, id: string, csrf: string): Promise<Download> {
    const outcome = await submitForm({}, 'download', () => this.workbooks.download(caller, id));
    if (!outcome.ok) refuse(UPDATE_WORKBOOK_PAGE, await this.start(caller, id, csrf, outcome.errors), outcome.status);
    return { bytes: outcome.saved.bytes, fileName: outcome.saved.fileName, contentType: XLSX_TYPE };
  }

  async upload(caller: Caller, id: string, file: { buffer: Buffer; originalname: string } | undefined, csrf: string) {
    const outcome = await submitForm({}, 'file', () => this.workbooks.upload(caller, id, file));
    const next = (saved: { id: string }) => `/plans/${id}/update-workbook/uploads/${saved.id}`;
    const again = (refused: FormErrors) => this.start(caller, id, csrf, firstOf(refused, 'file'));
    return afterSubmit(outcome, next, UPDATE_WORKBOOK_PAGE, again);
  }

  async preview(caller: Caller, planId: string, uploadId: string, applied: boolean, errors: FormErrors = {}) {
    const upload = await this.workbooks.get(caller, planId, uploadId);
    return previewPage(await this.workbooks.planOf(caller, upload.planId), upload, caller.userId, applied, errors);
  }

  async apply(caller: Caller, id: string, uploadId: string) {
    const outcome = await submitForm({}, 'apply', () => this.workbooks.apply(caller, id, uploadId));
    const again = (refused: FormErrors) => this.preview(caller, id, uploadId, false, refused);
    return afterSubmit(outcome, `/plans/${id}/update-workbook/uploads/${uploadId}?applied=1`, PREVIEW_PAGE, again);
  }
}
