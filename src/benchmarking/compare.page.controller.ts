import { Controller } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PageGet, Pages } from '../web/pages';
import { ComparePageService } from './compare.page.service';

/** "How we compare": for every reader, the council beside its statistical neighbours, its region and England. */
@Pages()
@Controller('compare')
export class ComparePageController {
  constructor(private readonly pages: ComparePageService) {}

  @PageGet('', 'pages/compare.njk')
  @Policy(Permission.Read)
  page(@CurrentCaller() caller: Caller) {
    return this.pages.page(caller);
  }
}
