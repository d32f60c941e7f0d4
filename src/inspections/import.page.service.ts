import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { checkView } from '../web/change-page';
import { type FormErrors, checkAs, firstOf, onControls, submitForm, text } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { UpdateDraftDto } from './drafts.dto';
import { DraftsService } from './drafts.service';
import { DRAFT_MESSAGES, draftChangesFrom, draftControls, draftFormValues } from './import.form';
import { correctView, discardCheck, importStartView, reviewView } from './import.view';
import { InspectionsService } from './inspections.service';

export const START = 'pages/import.njk';
export const REVIEW = 'pages/import-review.njk';
export const CORRECT = 'pages/import-correct.njk';

/** The import pages' view models, and each step's form saved or refused with its page again. */
@Injectable()
export class ImportPageService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly inspections: InspectionsService,
  ) {}

  async start(caller: Caller, errors: FormErrors = {}, discarded = false) {
    const awaitingPlan = await this.inspections.withoutPlan(caller);
    return importStartView(await this.drafts.list(caller), awaitingPlan, discarded, errors);
  }

  async upload(caller: Caller, file?: { buffer: Buffer; originalname: string }) {
    const outcome = await submitForm({}, 'file', () => this.drafts.upload(caller, file));
    const again = (errors: FormErrors) => this.start(caller, firstOf(errors, 'file'));
    return afterSubmit(outcome, (draft) => `/import/drafts/${draft.id}`, START, again);
  }

  async review(caller: Caller, id: string, saved?: string) {
    return reviewView(await this.drafts.get(caller, id), saved === '1', {});
  }

  async correctPage(caller: Caller, id: string) {
    const draft = await this.drafts.get(caller, id);
    return correctView(draft, draftFormValues(draft.draft), {});
  }

  /** The lists on the form replace the draft's lists whole. */
  async correct(caller: Caller, id: string, sent: Form) {
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
    return afterSubmit(outcome, `/import/drafts/${id}?saved=1`, CORRECT, again);
  }

  async discardPage(caller: Caller, id: string) {
    return checkView(discardCheck(await this.drafts.get(caller, id)));
  }

  async discard(caller: Caller, id: string): Promise<void> {
    await this.drafts.remove(caller, id);
  }

  async confirm(caller: Caller, id: string, sent: Form) {
    const outcome = await submitForm({}, 'confirm', () =>
      this.drafts.confirm(caller, id, Number(text(sent, 'version'))),
    );
    const next = (inspectionId: string) => `/import/inspections/${inspectionId}/plan`;
    const again = async (errors: FormErrors) =>
      reviewView(await this.drafts.get(caller, id), false, firstOf(errors, 'confirm'));
    return afterSubmit(outcome, next, REVIEW, again);
  }
}
