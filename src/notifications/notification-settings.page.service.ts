import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { errorList, submitForm } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { NotificationsService } from './notifications.service';
import { DIGEST_WEEKDAY_CHOICES, WEEKDAY_NAMES, type Weekday } from './reminders';

export const NOTIFICATION_SETTINGS = 'pages/account-notifications.njk';

function weekdayItems(chosen: readonly number[]) {
  return DIGEST_WEEKDAY_CHOICES.map((day) => ({
    value: String(day),
    text: WEEKDAY_NAMES[day],
    checked: chosen.includes(day),
  }));
}

/** The digest days page's view model, and its form saved or refused with the page again. */
@Injectable()
export class NotificationSettingsPageService {
  constructor(private readonly notifications: NotificationsService) {}

  async page(caller: Caller, saved: string | undefined) {
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

  async save(caller: Caller, form: Form) {
    const raw = form.weekdays;
    const weekdays = Array.isArray(raw) ? raw : raw === undefined || raw === '' ? [] : [raw];
    const outcome = await submitForm({}, 'weekdays', () => this.notifications.chooseDigestWeekdays(caller, weekdays));
    const sent = weekdays.map(Number).filter((day): day is Weekday => day in WEEKDAY_NAMES);
    return afterSubmit(outcome, '/account/notifications?saved=1', NOTIFICATION_SETTINGS, (errors) => ({
      pageTitle: 'Error: Your reminders',
      items: weekdayItems(sent),
      chosen: true,
      saved: false,
      errors,
      errorList: errorList(errors),
    }));
  }
}
