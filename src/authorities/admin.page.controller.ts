import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { FormPost, PageGet, Pages } from '../web/pages';
import { AdminPageService, THRESHOLDS } from './admin.page.service';

/** Administration: the index of what an administrator keeps, and the RAG thresholds. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin')
export class AdminPageController {
  constructor(private readonly pages: AdminPageService) {}

  @PageGet('', 'pages/admin.njk')
  index() {
    return { pageTitle: 'Administration' };
  }

  @PageGet('thresholds', THRESHOLDS)
  thresholdsPage(@CurrentCaller() caller: Caller, @Query('saved') saved?: string) {
    return this.pages.thresholds(caller, saved);
  }

  @FormPost('thresholds')
  thresholds(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.saveThresholds(caller, form);
  }
}
