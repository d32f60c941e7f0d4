import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { FREQUENCY_WORDS } from '../domain/periods';
import { FREQUENCIES, POLARITIES } from '../domain/vocabulary';
import { CreateIndicatorDto } from '../indicators/indicators.dto';
import { IndicatorsService } from '../indicators/indicators.service';
import { errorList, type FormErrors, onControls, submitForm, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';

type Form = Record<string, unknown>;

const CONTROLS = ['code', 'title', 'unit', 'polarity', 'frequency', 'source'];

const POLARITY_LABELS: Record<string, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
};

const MESSAGES: Record<string, string> = {
  code: 'Enter a code of up to 40 letters, digits, spaces, dots, slashes or dashes, like HBC L03',
  title: 'Enter what the indicator measures, in 3 to 300 characters',
  unit: 'Enter the unit, like percentage or number of children',
  polarity: 'Choose whether higher or lower is better',
  frequency: 'Choose how often it is measured',
  source: 'Enter where the definition comes from, up to 2,000 characters',
};

/** The indicator catalogue: the national indicators every council shares, and the council's own. */
@ApiExcludeController()
@Controller('admin/indicators')
export class IndicatorsPageController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Administer)
  async list(
    @CurrentCaller() caller: Caller,
    @Query('added') added: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const indicators = await this.indicators.list(caller);
    const row = (indicator: (typeof indicators)[number]) => ({
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      polarity: POLARITY_LABELS[indicator.polarity] ?? indicator.polarity,
      frequency: FREQUENCY_WORDS[indicator.frequency] ?? indicator.frequency,
    });
    response.render('pages/admin-indicators.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Indicators',
      added: added ?? null,
      local: indicators.filter((indicator) => indicator.authorityId !== null).map(row),
      national: indicators.filter((indicator) => indicator.authorityId === null).map(row),
    });
  }

  @Get('new')
  @Policy(Permission.Administer)
  newPage(@Req() request: Request, @Res() response: Response): void {
    this.renderNew(request, response, {}, {});
  }

  @Post()
  @Policy(Permission.Administer)
  async add(
    @CurrentCaller() caller: Caller,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const indicator = {
      code: text(form, 'code'),
      title: text(form, 'title'),
      unit: text(form, 'unit'),
      polarity: text(form, 'polarity'),
      frequency: text(form, 'frequency'),
      ...(text(form, 'source') ? { source: text(form, 'source') } : {}),
    };
    const { errors } = await validateAs(CreateIndicatorDto, indicator, MESSAGES);
    const outcome = await submitForm(errors, 'code', () =>
      this.indicators.createLocal(caller, indicator as CreateIndicatorDto),
    );
    if (outcome.ok) return response.redirect(303, `/admin/indicators?added=${encodeURIComponent(outcome.saved.code)}`);
    response.status(outcome.status);
    this.renderNew(request, response, indicator, onControls(outcome.errors, CONTROLS, 'code'));
  }

  private renderNew(request: Request, response: Response, values: Record<string, unknown>, errors: FormErrors): void {
    response.render('pages/admin-indicator-new.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Add a local indicator',
      values,
      polarities: POLARITIES.map((polarity) => ({ value: polarity, text: POLARITY_LABELS[polarity] })),
      frequencies: FREQUENCIES.map((frequency) => ({ value: frequency, text: capitalise(FREQUENCY_WORDS[frequency]) })),
      errors,
      errorList: errorList(errors),
    });
  }
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
