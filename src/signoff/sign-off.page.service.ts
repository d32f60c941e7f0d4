import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { type FormErrors, firstOf, submitForm, text, validateAs } from '../web/form-validation';
import { hasErrors, refuse } from '../web/pages';
import { ReturnUpdateDto } from './sign-off.dto';
import { SignOffService } from './sign-off.service';
import { doneBanner, signOffDoneHref, signOffStatusView, signOffView } from './sign-off.view';
import type { Form } from '../web/admin-forms';

export const SIGN_OFF_PAGE = 'pages/sign-off.njk';
const RETURN_MESSAGES = { comment: 'Enter what the owner should put right, in 3 to 2,000 characters' };
const periodIn = (query: Form) => (typeof query.period === 'string' ? query.period : undefined);

/**
 * A theme lead's sign-off of a period's updates (confirm them, or return one to its owner), and the
 * clerk's view of who has signed off. A refusal is answered with a 400 whatever the service's reason
 * (a theme signed off twice too), with its first error on the control the lead used.
 */
@Injectable()
export class SignOffPageService {
  constructor(private readonly signOff: SignOffService) {}

  async page(caller: Caller, id: string, query: Form) {
    const status = await this.signOff.status(caller, id, periodIn(query));
    return signOffView(caller, status, {}, {}, doneBanner(query.done));
  }

  async confirm(caller: Caller, id: string, sent: Form) {
    const [period, theme] = [text(sent, 'period'), text(sent, 'theme')];
    const field = `confirm-${theme}`;
    const outcome = await submitForm({}, field, () => this.signOff.signOff(caller, id, period, theme));
    if (!outcome.ok) await this.refuse(caller, id, period, firstOf(outcome.errors, field), {});
    return { url: signOffDoneHref(id, period, 'confirmed') };
  }

  async returnUpdate(caller: Caller, id: string, sent: Form) {
    const [period, updateId, comment] = ['period', 'updateId', 'comment'].map((name) => text(sent, name));
    const field = `comment-${updateId}`;
    const { errors } = await validateAs(ReturnUpdateDto, { updateId, comment }, RETURN_MESSAGES);
    const invalid = errors.comment ? { [field]: errors.comment } : errors;
    if (hasErrors(invalid)) await this.refuse(caller, id, period, invalid, { [field]: comment });
    const outcome = await submitForm({}, field, () => this.signOff.returnUpdate(caller, id, updateId, comment));
    if (!outcome.ok) await this.refuse(caller, id, period, firstOf(outcome.errors, field), { [field]: comment });
    return { url: signOffDoneHref(id, period, 'returned') };
  }

  async statusPage(caller: Caller, id: string, query: Form) {
    return signOffStatusView(await this.signOff.status(caller, id, periodIn(query)));
  }

  private async refuse(caller: Caller, id: string, period: string, errors: FormErrors, values: Record<string, string>) {
    const status = await this.signOff.status(caller, id, period);
    return refuse(SIGN_OFF_PAGE, signOffView(caller, status, errors, values));
  }
}
