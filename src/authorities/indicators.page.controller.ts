import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { FormPost, PageGet, Pages } from '../web/pages';
import { IndicatorsPageService, NEW_INDICATOR } from './indicators.page.service';
import { newIndicatorPage } from './indicators.view';

/** The indicator catalogue: the national indicators every council shares, and the council's own. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/indicators')
export class IndicatorsPageController {
  constructor(private readonly pages: IndicatorsPageService) {}

  @PageGet('', 'pages/admin-indicators.njk')
  list(@CurrentCaller() caller: Caller, @Query('added') added?: string) {
    return this.pages.list(caller, added);
  }

  @PageGet('new', NEW_INDICATOR)
  newPage() {
    return newIndicatorPage();
  }

  @FormPost('')
  add(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.add(caller, form);
  }
}
