import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { submitForm } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { THRESHOLD_CONTROLS, thresholdsFrom, typed } from './admin.form';
import { thresholdsPage } from './admin.view';
import { AuthoritiesService } from './authorities.service';

export const THRESHOLDS = 'pages/admin-thresholds.njk';

/** The RAG thresholds page's view model, and its form saved or refused with the page again. */
@Injectable()
export class AdminPageService {
  constructor(private readonly authorities: AuthoritiesService) {}

  async thresholds(caller: Caller, saved?: string) {
    return thresholdsPage(await this.authorities.get(caller, caller.authorityId), {}, saved === '1');
  }

  async saveThresholds(caller: Caller, form: Form) {
    const { value, errors } = await thresholdsFrom(form);
    const save = () => this.authorities.updateThresholds(caller, caller.authorityId, value);
    const outcome = await submitForm(errors, 'milestoneSlipLimitDays', save);
    return afterSubmit(outcome, '/admin/thresholds?saved=1', THRESHOLDS, (refused) =>
      thresholdsPage(null, typed(form, THRESHOLD_CONTROLS), false, refused),
    );
  }
}
