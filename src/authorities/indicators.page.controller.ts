import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { IndicatorsService } from '../indicators/indicators.service';
import type { Form } from '../web/admin-forms';
import { redirectOrRender } from '../web/admin-pages';
import { submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { indicatorFrom } from './indicators.form';
import { indicatorsPage, newIndicatorPage } from './indicators.view';

/** The indicator catalogue: the national indicators every council shares, and the council's own. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/indicators')
export class IndicatorsPageController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Render('pages/admin-indicators.njk')
  async list(@CurrentCaller() caller: Caller, @Query('added') added?: string) {
    return indicatorsPage(await this.indicators.list(caller), added);
  }

  @Get('new')
  @Render('pages/admin-indicator-new.njk')
  newPage() {
    return newIndicatorPage();
  }

  @Post()
  async add(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await indicatorFrom(form);
    const outcome = await submitForm(errors, 'code', () => this.indicators.createLocal(caller, value));
    const added = (saved: { code: string }) => `/admin/indicators?added=${encodeURIComponent(saved.code)}`;
    await redirectOrRender(response, outcome, added, 'pages/admin-indicator-new.njk', (refused) =>
      newIndicatorPage(value, refused),
    );
  }
}
