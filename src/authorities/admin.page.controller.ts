import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { errorList, type FormErrors, onControls, submitForm, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { UpdateThresholdsDto } from './authorities.dto';
import { AuthoritiesService } from './authorities.service';

type Form = Record<string, unknown>;

const THRESHOLD_CONTROLS = ['milestoneSlipLimitDays', 'progressLagLimitPoints', 'amberTolerancePercent'];

const THRESHOLD_MESSAGES: Record<string, string> = {
  milestoneSlipLimitDays: 'Enter the milestone slip limit as a whole number of days from 0 to 365',
  progressLagLimitPoints: 'Enter the progress lag limit as a whole number of points from 0 to 100',
  amberTolerancePercent: 'Enter the amber tolerance as a percentage from 0 to 100, like 5',
};

/** Administration: the index of what an administrator keeps, and the RAG thresholds. */
@ApiExcludeController()
@Controller('admin')
export class AdminPageController {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Administer)
  index(@Req() request: Request, @Res() response: Response): void {
    response.render('pages/admin.njk', { ...pageContext(this.csrf, request, response), pageTitle: 'Administration' });
  }

  @Get('thresholds')
  @Policy(Permission.Administer)
  async thresholdsPage(
    @CurrentCaller() caller: Caller,
    @Query('saved') saved: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const authority = await this.authorities.get(caller, caller.authorityId);
    this.renderThresholds(request, response, {
      values: {
        milestoneSlipLimitDays: String(authority.milestoneSlipLimitDays),
        progressLagLimitPoints: String(authority.progressLagLimitPoints),
        amberTolerancePercent: authority.amberTolerancePercent.replace(/\.?0+$/, ''),
      },
      saved: saved === '1',
      errors: {},
    });
  }

  @Post('thresholds')
  @Policy(Permission.Administer)
  async thresholds(
    @CurrentCaller() caller: Caller,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const whole = (name: string) => (/^\d{1,4}$/.test(text(form, name)) ? Number(text(form, name)) : text(form, name));
    const changes = {
      milestoneSlipLimitDays: whole('milestoneSlipLimitDays'),
      progressLagLimitPoints: whole('progressLagLimitPoints'),
      amberTolerancePercent: text(form, 'amberTolerancePercent'),
    };
    const { errors } = await validateAs(UpdateThresholdsDto, changes, THRESHOLD_MESSAGES);
    const outcome = await submitForm(errors, 'milestoneSlipLimitDays', () =>
      this.authorities.updateThresholds(caller, caller.authorityId, changes as UpdateThresholdsDto),
    );
    if (outcome.ok) return response.redirect(303, '/admin/thresholds?saved=1');
    response.status(outcome.status);
    this.renderThresholds(request, response, {
      values: Object.fromEntries(THRESHOLD_CONTROLS.map((name) => [name, text(form, name)])),
      saved: false,
      errors: onControls(outcome.errors, THRESHOLD_CONTROLS, 'milestoneSlipLimitDays'),
    });
  }

  private renderThresholds(
    request: Request,
    response: Response,
    model: { values: Record<string, string>; saved: boolean; errors: FormErrors },
  ): void {
    response.render('pages/admin-thresholds.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'RAG thresholds',
      ...model,
      errorList: errorList(model.errors),
    });
  }
}
