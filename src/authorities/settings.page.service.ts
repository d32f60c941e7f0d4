import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { type FormErrors, submitForm } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { typed } from './admin.form';
import { AuthoritiesService } from './authorities.service';
import { SETTINGS_CONTROLS, settingsFrom, storedSettings } from './settings.form';
import { settingsEditPage, settingsNotice, settingsPage } from './settings.view';

export const SETTINGS = 'pages/admin-settings.njk';
export const EDIT_SETTINGS = 'pages/admin-settings-edit.njk';

/** The council settings pages' view models, the logo sent as it is, and the forms saved or refused. */
@Injectable()
export class SettingsPageService {
  constructor(private readonly authorities: AuthoritiesService) {}

  /** `csrf` goes in the logo form's address, as the form is multipart. */
  async settings(caller: Caller, csrf: string, welcome?: string, done?: string, logoErrors: FormErrors = {}) {
    const authority = await this.authorities.get(caller, caller.authorityId);
    const themeLeads = await this.authorities.themeLeadCount(caller);
    return settingsPage(authority, themeLeads, csrf, settingsNotice(welcome, done), logoErrors);
  }

  async uploadLogo(caller: Caller, file: { buffer: Buffer } | undefined, csrf: string) {
    const outcome = await submitForm({}, 'logo', () =>
      this.authorities.setLogo(caller, caller.authorityId, file?.buffer),
    );
    return afterSubmit(outcome, '/admin/settings?done=logo', SETTINGS, (refused) =>
      this.settings(caller, csrf, undefined, undefined, refused),
    );
  }

  async removeLogo(caller: Caller): Promise<void> {
    await this.authorities.removeLogo(caller, caller.authorityId);
  }

  async sendLogo(caller: Caller, response: Response): Promise<void> {
    const { bytes, mediaType } = await this.authorities.logo(caller, caller.authorityId);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.type(mediaType).send(bytes);
  }

  async editPage(caller: Caller) {
    return settingsEditPage(storedSettings(await this.authorities.get(caller, caller.authorityId)));
  }

  async edit(caller: Caller, form: Form) {
    const { value, errors } = await settingsFrom(form);
    const outcome = await submitForm(errors, 'name', () =>
      this.authorities.updateSettings(caller, caller.authorityId, value),
    );
    return afterSubmit(outcome, '/admin/settings?done=saved', EDIT_SETTINGS, (refused) =>
      settingsEditPage(typed(form, SETTINGS_CONTROLS), refused),
    );
  }
}
