import { Body, Controller, Get, Post, Query, Render, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { CsrfToken, redirectOrRender } from '../web/admin-pages';
import { submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { typed } from './admin.form';
import { LOGO_UPLOAD_LIMIT } from './authorities.controller';
import { AuthoritiesService } from './authorities.service';
import { SETTINGS_CONTROLS, settingsFrom, storedSettings } from './settings.form';
import { settingsEditPage, settingsNotice, settingsPage } from './settings.view';

const EDIT = 'pages/admin-settings-edit.njk';

/** The council's settings, for its administrators: one page to see them all, forms to change them. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/settings')
export class SettingsPageController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  @Render('pages/admin-settings.njk')
  page(
    @CurrentCaller() caller: Caller,
    @CsrfToken() csrf: string,
    @Query('welcome') welcome?: string,
    @Query('done') done?: string,
  ) {
    return this.settings(caller, csrf, settingsNotice(welcome, done));
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @Post('logo')
  @UseInterceptors(FileInterceptor('logo', { limits: LOGO_UPLOAD_LIMIT }))
  async uploadLogo(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @CsrfToken() csrf: string,
    @Res() response: Response,
  ) {
    const outcome = await submitForm({}, 'logo', () =>
      this.authorities.setLogo(caller, caller.authorityId, file?.buffer),
    );
    await redirectOrRender(response, outcome, '/admin/settings?done=logo', 'pages/admin-settings.njk', (refused) =>
      this.settings(caller, csrf, null, refused),
    );
  }

  @Post('logo/remove')
  async removeLogo(@CurrentCaller() caller: Caller, @Res() response: Response) {
    await this.authorities.removeLogo(caller, caller.authorityId);
    response.redirect(303, '/admin/settings?done=logo-removed');
  }

  @Get('logo')
  @Policy(Permission.Read)
  async logo(@CurrentCaller() caller: Caller, @Res() response: Response) {
    const { bytes, mediaType } = await this.authorities.logo(caller, caller.authorityId);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.type(mediaType).send(bytes);
  }

  @Get('edit')
  @Render(EDIT)
  async editPage(@CurrentCaller() caller: Caller) {
    return settingsEditPage(storedSettings(await this.authorities.get(caller, caller.authorityId)));
  }

  @Post('edit')
  async edit(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await settingsFrom(form);
    const outcome = await submitForm(errors, 'name', () =>
      this.authorities.updateSettings(caller, caller.authorityId, value),
    );
    await redirectOrRender(response, outcome, '/admin/settings?done=saved', EDIT, (refused) =>
      settingsEditPage(typed(form, SETTINGS_CONTROLS), refused),
    );
  }

  private async settings(caller: Caller, csrf: string, notice: string | null, logoErrors = {}) {
    const authority = await this.authorities.get(caller, caller.authorityId);
    return settingsPage(authority, await this.authorities.themeLeadCount(caller), csrf, notice, logoErrors);
  }
}
