import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { redirectOrRender } from '../web/admin-pages';
import { submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { THRESHOLD_CONTROLS, thresholdsFrom, typed } from './admin.form';
import { thresholdsPage } from './admin.view';
import { AuthoritiesService } from './authorities.service';

/** Administration: the index of what an administrator keeps, and the RAG thresholds. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin')
export class AdminPageController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  @Render('pages/admin.njk')
  index() {
    return { pageTitle: 'Administration' };
  }

  @Get('thresholds')
  @Render('pages/admin-thresholds.njk')
  async thresholdsPage(@CurrentCaller() caller: Caller, @Query('saved') saved?: string) {
    return thresholdsPage(await this.authorities.get(caller, caller.authorityId), {}, saved === '1');
  }

  @Post('thresholds')
  async thresholds(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await thresholdsFrom(form);
    const save = () => this.authorities.updateThresholds(caller, caller.authorityId, value);
    await redirectOrRender(
      response,
      await submitForm(errors, 'milestoneSlipLimitDays', save),
      '/admin/thresholds?saved=1',
      'pages/admin-thresholds.njk',
      (refused) => thresholdsPage(null, typed(form, THRESHOLD_CONTROLS), false, refused),
    );
  }
}
