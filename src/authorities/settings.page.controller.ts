import { Body, Controller, Get, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { CsrfToken } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { LOGO_UPLOAD_LIMIT } from './authorities.controller';
import { EDIT_SETTINGS, SETTINGS, SettingsPageService } from './settings.page.service';

/** The council's settings, for its administrators: one page to see them all, forms to change them. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/settings')
export class SettingsPageController {
  constructor(private readonly pages: SettingsPageService) {}

  @PageGet('', SETTINGS)
  page(@CurrentCaller() caller: Caller, @CsrfToken() csrf: string, @Query() query: Record<string, string>) {
    return this.pages.settings(caller, csrf, query.welcome, query.done);
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @FormPost('logo')
  @UseInterceptors(FileInterceptor('logo', { limits: LOGO_UPLOAD_LIMIT }))
  uploadLogo(@CurrentCaller() caller: Caller, @CsrfToken() csrf: string, @UploadedFile() file?: { buffer: Buffer }) {
    return this.pages.uploadLogo(caller, file, csrf);
  }

  @FormPost('logo/remove', '/admin/settings?done=logo-removed')
  removeLogo(@CurrentCaller() caller: Caller) {
    return this.pages.removeLogo(caller);
  }

  /** The logo's bytes, sent as they are with an ETag, so a browser may keep it and ask again. */
  @Get('logo')
  @Policy(Permission.Read)
  logo(@CurrentCaller() caller: Caller, @Res() response: Response) {
    return this.pages.sendLogo(caller, response);
  }

  @PageGet('edit', EDIT_SETTINGS)
  editPage(@CurrentCaller() caller: Caller) {
    return this.pages.editPage(caller);
  }

  @FormPost('edit')
  edit(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.edit(caller, form);
  }
}
