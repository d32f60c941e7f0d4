import { Body, Controller, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { CHECK_PAGE } from '../web/change-page';
import { IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { MAX_UPLOAD_BYTES } from './ingest/inspection-draft';
import { CORRECT, ImportPageService, REVIEW, START } from './import.page.service';

/**
 * Importing an inspection through the pages: upload a report, review the draft beside the text it
 * was read from, correct it, and confirm it; the plan is made from it next
 * (`PlanFromInspectionPageController`). Each step calls the service the API calls; drafts are
 * stored, so a clerk can leave and come back.
 */
@Pages()
@Controller('import')
@Policy(Permission.ManagePlans)
export class ImportPageController {
  constructor(private readonly pages: ImportPageService) {}

  @PageGet('', START)
  start(@CurrentCaller() caller: Caller, @Query('discarded') discarded?: string) {
    return this.pages.start(caller, {}, discarded === '1');
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @FormPost('')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }))
  upload(@CurrentCaller() caller: Caller, @UploadedFile() file?: { buffer: Buffer; originalname: string }) {
    return this.pages.upload(caller, file);
  }

  @PageGet('drafts/:id', REVIEW)
  review(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query('saved') saved?: string) {
    return this.pages.review(caller, id, saved);
  }

  @PageGet('drafts/:id/correct', CORRECT)
  correctPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.correctPage(caller, id);
  }

  @FormPost('drafts/:id/correct')
  correct(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.correct(caller, id, sent);
  }

  @PageGet('drafts/:id/discard', CHECK_PAGE)
  discardPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.discardPage(caller, id);
  }

  @FormPost('drafts/:id/discard', '/import?discarded=1')
  discard(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.discard(caller, id);
  }

  /** Stores the inspection; the draft goes, and the plan's breakdown comes next. */
  @FormPost('drafts/:id/confirm')
  confirm(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.confirm(caller, id, sent);
  }
}
