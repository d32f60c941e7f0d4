import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { errorList, submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { NotificationsService } from './notifications.service';
import { DIGEST_WEEKDAY_CHOICES, WEEKDAY_NAMES, type Weekday } from './reminders';

function weekdayItems(chosen: readonly number[]) {
  return DIGEST_WEEKDAY_CHOICES.map((day) => ({
    value: String(day),
    text: WEEKDAY_NAMES[day],
    checked: chosen.includes(day),
  }));
}

/** Which weekdays a person takes their digest of reminders and escalations on. */
@Pages()
@Controller('account/notifications')
export class NotificationSettingsPageController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Policy(Permission.SignedIn)
  @Render('pages/account-notifications.njk')
  async page(@CurrentCaller() caller: Caller, @Query('saved') saved: string | undefined) {
    const { weekdays, chosen } = await this.notifications.digestWeekdays(caller);
    return {
      pageTitle: 'Your reminders',
      items: weekdayItems(weekdays),
      chosen,
      saved: saved === '1',
      errors: {},
      errorList: [],
    };
  }

  @Post()
  @Policy(Permission.SignedIn)
  async save(@CurrentCaller() caller: Caller, @Body() form: Record<string, unknown>, @Res() response: Response) {
    const raw = form.weekdays;
    const weekdays = Array.isArray(raw) ? raw : raw === undefined || raw === '' ? [] : [raw];
    const outcome = await submitForm({}, 'weekdays', () => this.notifications.chooseDigestWeekdays(caller, weekdays));
    if (outcome.ok) {
      response.redirect(303, '/account/notifications?saved=1');
      return;
    }
    const sent = weekdays.map(Number).filter((day): day is Weekday => day in WEEKDAY_NAMES);
    response.status(outcome.status).render('pages/account-notifications.njk', {
      pageTitle: 'Error: Your reminders',
      items: weekdayItems(sent),
      chosen: true,
      saved: false,
      errors: outcome.errors,
      errorList: errorList(outcome.errors),
    });
  }
}
