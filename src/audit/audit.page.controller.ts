import { Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { PageGet, Pages } from '../web/pages';
import { AUDIT, AuditPageService } from './audit.page.service';

/** The audit trail as a page: who changed what, newest first, filtered by a GET form, page by page. */
@Pages()
@Controller('audit')
export class AuditPageController {
  constructor(private readonly pages: AuditPageService) {}

  @PageGet('', AUDIT)
  @Policy(Permission.ReadAudit)
  page(@CurrentCaller() caller: Caller, @Query() query: Form) {
    return this.pages.page(caller, query);
  }
}
