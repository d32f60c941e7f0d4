import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { type FormErrors, formErrorsOf, validateAs } from '../web/form-validation';
import { Pages } from '../web/pages';
import { ReturnUpdateDto } from './sign-off.dto';
import { SignOffService, type SignOffStatus } from './sign-off.service';

type Form = Record<string, string | string[] | undefined>;

function text(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The banner after a form on the sign-off page saved and came back to it. */
const DONE: Record<string, string> = {
  confirmed:
    'The updates have been confirmed. They are now locked: a change is posted as a correction, with its reason.',
  returned: 'The update has been returned to its owner with your comment.',
};

/**
 * A theme lead's sign-off of a period's updates (confirm them, or return one to its owner), and the
 * clerk's view of who has signed off. Plain forms that post and come back (Post/Redirect/Get).
 */
@Pages()
@Controller('plans/:id/sign-off')
export class SignOffPageController {
  constructor(private readonly signOff: SignOffService) {}

  @Get()
  @Policy(Permission.PostProgress)
  @Render('pages/sign-off.njk')
  async page(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('period') period: string | undefined,
    @Query('done') done: string | undefined,
  ) {
    const status = await this.signOff.status(caller, id, typeof period === 'string' ? period : undefined);
    return this.model(caller, status, {}, {}, typeof done === 'string' ? (DONE[done] ?? null) : null);
  }

  @Post()
  @HttpCode(200)
  @Policy(Permission.PostProgress)
  async confirm(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Res() response: Response,
  ): Promise<void> {
    const period = text(form.period);
    const theme = text(form.theme);
    try {
      await this.signOff.signOff(caller, id, period, theme);
      return response.redirect(303, `/plans/${id}/sign-off?period=${encodeURIComponent(period)}&done=confirmed`);
    } catch (error) {
      const refused = formErrorsOf(error, `confirm-${theme}`);
      if (!refused) throw error;
      const status = await this.signOff.status(caller, id, period);
      response
        .status(400)
        .render(
          'pages/sign-off.njk',
          this.model(caller, status, { [`confirm-${theme}`]: Object.values(refused.errors)[0] }, {}),
        );
    }
  }

  @Post('returns')
  @HttpCode(200)
  @Policy(Permission.PostProgress)
  async returnUpdate(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Res() response: Response,
  ): Promise<void> {
    const period = text(form.period);
    const updateId = text(form.updateId);
    const comment = text(form.comment);
    const field = `comment-${updateId}`;
    const { errors } = await validateAs(
      ReturnUpdateDto,
      { updateId, comment },
      { comment: 'Enter what the owner should put right, in 3 to 2,000 characters' },
    );
    let refused: FormErrors = errors.comment ? { [field]: errors.comment } : errors;
    if (!Object.keys(refused).length) {
      try {
        await this.signOff.returnUpdate(caller, id, updateId, comment);
        return response.redirect(303, `/plans/${id}/sign-off?period=${encodeURIComponent(period)}&done=returned`);
      } catch (error) {
        const form = formErrorsOf(error, field);
        if (!form) throw error;
        refused = { [field]: Object.values(form.errors)[0] };
      }
    }
    const status = await this.signOff.status(caller, id, period);
    response.status(400).render('pages/sign-off.njk', this.model(caller, status, refused, { [field]: comment }));
  }

  /** Per theme of the plan: signed off by whom and when, or waiting. */
  @Get('status')
  @Policy(Permission.ManagePlans)
  @Render('pages/sign-off-status.njk')
  async statusPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('period') period: string | undefined,
  ) {
    const status = await this.signOff.status(caller, id, typeof period === 'string' ? period : undefined);
    return {
      pageTitle: `Sign-off for ${status.period.label} – ${status.plan.reference}`,
      status,
      waiting: status.themes.filter((theme) => !theme.signedOff).length,
    };
  }

  private model(
    caller: Caller,
    status: SignOffStatus,
    errors: FormErrors,
    values: Record<string, string>,
    done: string | null = null,
  ) {
    const mine = status.themes.filter((theme) => theme.mayAct);
    const links: Record<string, string> = {};
    for (const theme of mine) {
      links[`confirm-${theme.theme}`] = `confirm-${theme.theme}`;
      for (const line of theme.actions)
        if (line.update) links[`comment-${line.update.id}`] = `comment-${line.update.id}`;
    }
    return {
      pageTitle: `Sign off updates for ${status.period.label} – ${status.plan.reference}`,
      status,
      mine,
      errors,
      errorLinks: links,
      values,
      done,
      mayManage: roleMay(caller.role, Permission.ManagePlans),
    };
  }
}
