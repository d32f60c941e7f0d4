import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { IndicatorsService } from '../indicators/indicators.service';
import type { Form } from '../web/admin-forms';
import { submitForm } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { indicatorFrom } from './indicators.form';
import { indicatorsPage, newIndicatorPage } from './indicators.view';

export const NEW_INDICATOR = 'pages/admin-indicator-new.njk';

/** The indicator catalogue's view model, and the form for a local indicator saved or refused with the page again. */
@Injectable()
export class IndicatorsPageService {
  constructor(private readonly indicators: IndicatorsService) {}

  async list(caller: Caller, added?: string) {
    return indicatorsPage(await this.indicators.list(caller), added);
  }

  async add(caller: Caller, form: Form) {
    const { value, errors } = await indicatorFrom(form);
    const outcome = await submitForm(errors, 'code', () => this.indicators.createLocal(caller, value));
    const added = (saved: { code: string }) => `/admin/indicators?added=${encodeURIComponent(saved.code)}`;
    return afterSubmit(outcome, added, NEW_INDICATOR, (refused) => newIndicatorPage(value, refused));
  }
}
