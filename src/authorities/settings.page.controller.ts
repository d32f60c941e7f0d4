import { Body, Controller, Get, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { HOUSE_STYLE_LABELS, HOUSE_STYLES, type HouseStyle } from '../reports/paper-html';
import { errorList, type FormErrors, onControls, submitForm, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { type AuthorityDto, UpdateAuthorityDto } from './authorities.dto';
import { LOGO_UPLOAD_LIMIT } from './authorities.controller';
import { AuthoritiesService } from './authorities.service';
import { MAX_LOGO_BYTES, REPORTING_FREQUENCIES, frontSheetNames } from './council-settings';

type Form = Record<string, unknown>;

const CONTROLS = ['name', 'houseStyle', 'reportingFrequency', 'committees', 'reportingOfficers'];

const MESSAGES: Record<string, string> = {
  name: 'Enter the council’s name, at most 200 characters',
  houseStyle: 'Choose a house style',
  reportingFrequency: 'Choose how often plans ask for progress',
  committees: 'Give at most 20 committees, one a line, each at most 200 characters',
  reportingOfficers: 'Give at most 20 officers, one a line, each at most 200 characters',
};

const FREQUENCY_LABELS: Record<(typeof REPORTING_FREQUENCIES)[number], string> = {
  quarterly: 'Quarterly (UK financial year: April to June is Q1)',
  monthly: 'Monthly',
};

const NOTICES: Record<string, string> = {
  welcome:
    'Your council is set up and you are signed in as its administrator. Next, add the people who will use the tracker.',
  saved: 'The council’s settings have been saved.',
  logo: 'The logo has been saved.',
  'logo-removed': 'The logo has been removed.',
};

/** The council's settings, for its administrators: one page to see them all, forms to change them. */
@ApiExcludeController()
@Controller('admin/settings')
export class SettingsPageController {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Administer)
  async page(
    @CurrentCaller() caller: Caller,
    @Query('welcome') welcome: string | undefined,
    @Query('done') done: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const notice = welcome === '1' ? NOTICES.welcome : (NOTICES[done ?? ''] ?? null);
    await this.renderSettings(caller, request, response, notice, {});
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @Post('logo')
  @Policy(Permission.Administer)
  @UseInterceptors(FileInterceptor('logo', { limits: LOGO_UPLOAD_LIMIT }))
  async uploadLogo(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'logo', () =>
      this.authorities.setLogo(caller, caller.authorityId, file?.buffer),
    );
    if (outcome.ok) return response.redirect(303, '/admin/settings?done=logo');
    response.status(outcome.status);
    await this.renderSettings(caller, request, response, null, { logo: Object.values(outcome.errors)[0] });
  }

  @Post('logo/remove')
  @Policy(Permission.Administer)
  async removeLogo(@CurrentCaller() caller: Caller, @Res() response: Response): Promise<void> {
    await this.authorities.removeLogo(caller, caller.authorityId);
    response.redirect(303, '/admin/settings?done=logo-removed');
  }

  @Get('logo')
  @Policy(Permission.Read)
  async logo(@CurrentCaller() caller: Caller, @Res() response: Response): Promise<void> {
    const { bytes, mediaType } = await this.authorities.logo(caller, caller.authorityId);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.type(mediaType).send(bytes);
  }

  @Get('edit')
  @Policy(Permission.Administer)
  async editPage(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const authority = await this.authorities.get(caller, caller.authorityId);
    this.renderEdit(request, response, {
      name: authority.name,
      houseStyle: authority.houseStyle,
      reportingFrequency: authority.reportingFrequency,
      committees: authority.committees.join('\n'),
      reportingOfficers: authority.reportingOfficers.join('\n'),
    });
  }

  @Post('edit')
  @Policy(Permission.Administer)
  async edit(
    @CurrentCaller() caller: Caller,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const changes = {
      name: text(form, 'name'),
      houseStyle: text(form, 'houseStyle'),
      reportingFrequency: text(form, 'reportingFrequency'),
      committees: frontSheetNames(text(form, 'committees')),
      reportingOfficers: frontSheetNames(text(form, 'reportingOfficers')),
    };
    const { errors } = await validateAs(UpdateAuthorityDto, changes, MESSAGES);
    const outcome = await submitForm(errors, 'name', () =>
      this.authorities.updateSettings(caller, caller.authorityId, changes),
    );
    if (outcome.ok) return response.redirect(303, '/admin/settings?done=saved');
    response.status(outcome.status);
    this.renderEdit(
      request,
      response,
      Object.fromEntries(CONTROLS.map((name) => [name, text(form, name)])),
      onControls(outcome.errors, CONTROLS, 'name'),
    );
  }

  private async renderSettings(
    caller: Caller,
    request: Request,
    response: Response,
    notice: string | null,
    errors: FormErrors,
  ): Promise<void> {
    const authority: AuthorityDto = await this.authorities.get(caller, caller.authorityId);
    const context = pageContext(this.csrf, request, response);
    response.render('pages/admin-settings.njk', {
      ...context,
      pageTitle: 'Council settings',
      notice,
      authority,
      houseStyle: HOUSE_STYLE_LABELS[authority.houseStyle as HouseStyle] ?? authority.houseStyle,
      reportingFrequency:
        FREQUENCY_LABELS[authority.reportingFrequency as keyof typeof FREQUENCY_LABELS] ?? authority.reportingFrequency,
      themeLeads: await this.authorities.themeLeadCount(caller),
      amberTolerance: authority.amberTolerancePercent.replace(/\.?0+$/, ''),
      maxLogoKb: MAX_LOGO_BYTES / 1024,
      logoAction: `/admin/settings/logo?_csrf=${encodeURIComponent(context.csrfToken)}`,
      errors,
      errorList: errorList(errors),
    });
  }

  private renderEdit(
    request: Request,
    response: Response,
    values: Record<string, string>,
    errors: FormErrors = {},
  ): void {
    response.render('pages/admin-settings-edit.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Change the council’s settings',
      values,
      houseStyles: HOUSE_STYLES.map((style) => ({
        value: style,
        text: HOUSE_STYLE_LABELS[style],
        checked: style === values.houseStyle,
      })),
      frequencies: REPORTING_FREQUENCIES.map((frequency) => ({
        value: frequency,
        text: FREQUENCY_LABELS[frequency],
        checked: frequency === values.reportingFrequency,
      })),
      errors,
      errorList: errorList(errors),
    });
  }
}
