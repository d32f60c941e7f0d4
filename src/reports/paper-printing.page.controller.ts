import { Controller } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { IdParam } from '../web/admin-pages';
import { PageGet, Pages } from '../web/pages';
import { PaperPrintingPageService } from './paper-printing.page.service';

/**
 * How a board paper being printed is getting on: queued, drawing charts, printing, stored. The
 * page reloads itself every few seconds until the paper is stored or has failed, so it works
 * without JavaScript; then it links to the paper, or says why it failed.
 */
@Pages()
@Controller('plans/:id/papers/printing')
export class PaperPrintingPageController {
  constructor(private readonly pages: PaperPrintingPageService) {}

  @PageGet(':jobId', 'pages/paper-printing')
  @Policy(Permission.ManagePlans)
  status(@CurrentCaller() caller: Caller, @IdParam() id: string, @IdParam('jobId') jobId: string) {
    return this.pages.status(caller, id, jobId);
  }
}
