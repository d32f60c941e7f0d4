import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { UsersService } from '../users/users.service';
import type { Form } from '../web/admin-forms';
import { submitForm } from '../web/form-validation';
import { refuse } from '../web/pages';
import { auditQueryFrom } from './audit.form';
import { AUDIT_PAGE_SIZE, AuditService } from './audit.service';
import { auditPage } from './audit.view';

export const AUDIT = 'pages/audit.njk';

/** The audit page's view model: the events the filter asks for, and who and what it can filter on. */
@Injectable()
export class AuditPageService {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /** A filter that cannot be used is refused: the page with its errors and no events, as a 400. */
  async page(caller: Caller, query: Form) {
    const { asked, errors } = await auditQueryFrom(query, AUDIT_PAGE_SIZE);
    const outcome = await submitForm(errors, 'from', () => this.audit.listInWords(caller, asked));
    const [people, entities] = await Promise.all([this.users.list(caller.authorityId), this.audit.entities(caller)]);
    if (!outcome.ok) return refuse(AUDIT, auditPage(query, null, outcome.errors, people, entities), 400);
    return auditPage(query, outcome.saved, {}, people, entities);
  }
}
