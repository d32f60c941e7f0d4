import { Controller } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PageGet, Pages } from '../web/pages';
import { JobsPageService } from './jobs.page.service';

/** /admin/jobs: the newest background jobs of the council, and of the system, with how each went. */
@Pages()
@Controller('admin/jobs')
export class JobsPageController {
  constructor(private readonly pages: JobsPageService) {}

  @PageGet('', 'pages/admin-jobs')
  @Policy(Permission.Administer)
  list(@CurrentCaller() caller: Caller) {
    return this.pages.list(caller);
  }
}
