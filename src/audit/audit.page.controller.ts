import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { UsersService } from '../users/users.service';
import type { Form } from '../web/admin-forms';
import { submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { auditQueryFrom } from './audit.form';
import { AUDIT_PAGE_SIZE, AuditService } from './audit.service';
import { auditPage } from './audit.view';

/** The audit trail as a page: who changed what, newest first, filtered by a GET form, page by page. */
@Pages()
@Controller('audit')
export class AuditPageController {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /** A filter that cannot be used is shown with its errors and no events, as a 400. */
  @Get()
  @Policy(Permission.ReadAudit)
  async page(@CurrentCaller() caller: Caller, @Query() query: Form, @Res() response: Response) {
    const { asked, errors } = await auditQueryFrom(query, AUDIT_PAGE_SIZE);
    const outcome = await submitForm(errors, 'from', () => this.audit.listInWords(caller, asked));
    const [people, entities] = await Promise.all([this.users.list(caller.authorityId), this.audit.entities(caller)]);
    const page = auditPage(
      query,
      outcome.ok ? outcome.saved : null,
      outcome.ok ? {} : outcome.errors,
      people,
      entities,
    );
    response.status(outcome.ok ? 200 : 400).render('pages/audit.njk', page);
  }
}
