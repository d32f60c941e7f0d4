import { Body, Controller, Param, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { CHECK_PAGE, checkView } from '../web/change-page';
import { type FormErrors, checkAs, firstOf, onControls, submitForm, text } from '../web/form-validation';
import { IdParams } from '../web/page-params';
import { FormPost, PageGet, Pages, afterSubmit } from '../web/pages';
import { UpdateDraftDto } from './drafts.dto';
import { DraftsService } from './drafts.service';
import { MAX_UPLOAD_BYTES } from './ingest/inspection-draft';
import { DRAFT_MESSAGES, draftChangesFrom, draftControls, draftFormValues } from './import.form';
import { correctView, discardCheck, importStartView, reviewView } from './import.view';
import { InspectionsService } from './inspections.service';

type Form = Record<string, unknown>;

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
  constructor(
    private readonly drafts: DraftsService,
    private readonly inspections: InspectionsService,
  ) {}

  @PageGet('', 'pages/import.njk')
  start(@CurrentCaller() caller: Caller, @Query('discarded') discarded?: string) {
    return this.startPage(caller, {}, discarded === '1');
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @FormPost('')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }))
  async upload(@CurrentCaller() caller: Caller, @UploadedFile() file?: { buffer: Buffer; originalname: string }) {
    const outcome = await submitForm({}, 'file', () => this.drafts.upload(caller, file));
    const again = (errors: FormErrors) => this.startPage(caller, firstOf(errors, 'file'));
    return afterSubmit(outcome, (draft) => `/import/drafts/${draft.id}`, 'pages/import.njk', again);
  }

  @PageGet('drafts/:id', 'pages/import-review.njk')
  async review(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query('saved') saved?: string) {
    return reviewView(await this.drafts.get(caller, id), saved === '1', {});
  }

  @PageGet('drafts/:id/correct', 'pages/import-correct.njk')
  async correctPage(@CurrentCaller() caller: Caller, @Param() { id }: IdParams) {
    const draft = await this.drafts.get(caller, id);
    return correctView(draft, draftFormValues(draft.draft), {});
  }

  /** Saves the clerk's corrections; the lists on the form replace the draft's lists whole. */
  @FormPost('drafts/:id/correct')
  async correct(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const draft = await this.drafts.get(caller, id);
    const { changes, errors, onForm } = draftChangesFrom(sent, draft.draft);
    const invalid = await checkAs(UpdateDraftDto, changes, {}, DRAFT_MESSAGES);
    const placed = {
      ...errors,
      ...Object.fromEntries(Object.entries(invalid).map(([key, message]) => [onForm(key), message])),
    };
    const save = () => this.drafts.update(caller, id, changes as unknown as UpdateDraftDto);
    const outcome = await submitForm(placed, 'title', save);
    const again = (errors: FormErrors) =>
      correctView(draft, sent, onControls(errors, draftControls(draft.draft), 'title'));
    return afterSubmit(outcome, `/import/drafts/${id}?saved=1`, 'pages/import-correct.njk', again);
  }

  @PageGet('drafts/:id/discard', CHECK_PAGE)
  async discardPage(@CurrentCaller() caller: Caller, @Param() { id }: IdParams) {
    return checkView(discardCheck(await this.drafts.get(caller, id)));
  }

  @FormPost('drafts/:id/discard', '/import?discarded=1')
  async discard(@CurrentCaller() caller: Caller, @Param() { id }: IdParams) {
    await this.drafts.remove(caller, id);
  }

  /** Stores the inspection; the draft goes, and the plan's breakdown comes next. */
  @FormPost('drafts/:id/confirm')
  async confirm(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const outcome = await submitForm({}, 'confirm', () =>
      this.drafts.confirm(caller, id, Number(text(sent, 'version'))),
    );
    const next = (inspectionId: string) => `/import/inspections/${inspectionId}/plan`;
    const again = async (errors: FormErrors) =>
      reviewView(await this.drafts.get(caller, id), false, firstOf(errors, 'confirm'));
    return afterSubmit(outcome, next, 'pages/import-review.njk', again);
  }

  private async startPage(caller: Caller, errors: FormErrors, discarded = false) {
    const awaitingPlan = await this.inspections.withoutPlan(caller);
    return importStartView(await this.drafts.list(caller), awaitingPlan, discarded, errors);
  }
}
