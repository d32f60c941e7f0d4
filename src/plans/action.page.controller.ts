import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy, roleMay } from '../auth/policy';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { INDICATOR_NUMBER, fitsNumeric } from '../common/validation';
import {
  FREQUENCY_WORDS,
  londonToday,
  measurementPeriodFor,
  planFrequency,
  reportingPeriodOf,
} from '../domain/periods';
import { ECM_OUTCOMES, type EcmOutcome, PROGRESS_RAGS, type ProgressRag, areaLabel } from '../domain/vocabulary';
import { IndicatorsService } from '../indicators/indicators.service';
import { StatusService } from '../rag/status.service';
import { periodDueOn } from '../rag/rules';
import { ChartRenderer } from '../reports/charts/chart-renderer';
import { SignOffService } from '../signoff/sign-off.service';
import { indicatorTrendChart } from '../web/charts';
import { pageContext } from '../web/page-context';
import { ActionsService, type OwnerUpdateInput } from './actions.service';
import { mayUpdateProgressOn } from './ownership';

type UpdateForm = Record<string, string | string[] | undefined>;
type FormErrors = Record<string, string>;

const PERIOD_LABEL = /^\d{4}-\d{2}( Q[1-4])?$/;

function text(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => typeof item === 'string' && item !== '');
}

/** The banner after a change page saved and came back here. */
const ACTION_SAVED: Record<string, string> = {
  added: 'The action has been added. Add its milestones and indicators below.',
  details: 'The action’s details have been saved.',
  milestone: 'The milestone has been saved.',
  'milestone-removed': 'The milestone has been removed.',
  indicator: 'The indicator has been saved.',
  'indicator-removed': 'The indicator has been detached.',
  override: 'The status set by hand has been saved.',
  'override-removed': 'The status set by hand has been removed: the rules decide again.',
  cancelled: 'The action has been cancelled.',
  complete: 'The action has been closed as complete.',
  reopened: 'The action has been reopened.',
};

/** An action: its status and reason, milestones, indicators and history, and the form to post an update. */
@ApiExcludeController()
@Controller('plans')
export class ActionPageController {
  constructor(
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly status: StatusService,
    private readonly charts: ChartRenderer,
    private readonly csrf: Csrf,
    private readonly signOff: SignOffService,
  ) {}

  @Get(':planId/actions/:actionId')
  @Policy(Permission.Read)
  async page(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Query('posted') posted: string | undefined,
    @Query('saved') saved: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(caller, planId, actionId, request, response, {
      posted: typeof posted === 'string' && PERIOD_LABEL.test(posted) ? posted : null,
      saved: typeof saved === 'string' ? (ACTION_SAVED[saved] ?? null) : null,
    });
  }

  /**
   * Posts the update, the milestones it completes and the indicator values it reports together;
   * then back to the action page (Post/Redirect/Get), which says the update was posted.
   */
  @Post(':planId/actions/:actionId/updates')
  @HttpCode(200)
  @Policy(Permission.PostProgress)
  async postUpdate(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: UpdateForm,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, links } = await this.actions.read(caller, actionId);
    if (action.planId !== planId) throw DomainError.notFound('The action');

    const errors: FormErrors = {};
    const period = text(form.period);
    const narrative = text(form.narrative);
    const percentText = text(form.percentComplete).replace(/%$/, '').trim();
    const proposedRag = text(form.proposedRag);
    if (!PERIOD_LABEL.test(period)) errors.period = 'Choose the reporting period this update is for';
    if (narrative.length < 3) errors.narrative = 'Enter what has happened since the last update';
    else if (narrative.length > 10000) errors.narrative = 'The update must be 10,000 characters or fewer';
    if (percentText === '') errors.percentComplete = 'Enter how complete the action is, as a percentage';
    else if (!/^\d{1,3}$/.test(percentText) || Number(percentText) > 100) {
      errors.percentComplete = 'Enter a whole number from 0 to 100';
    }
    if (!(PROGRESS_RAGS as readonly string[]).includes(proposedRag)) {
      errors.proposedRag = 'Choose the status you propose: green, amber or red';
    }
    const values: OwnerUpdateInput['values'][number][] = [];
    for (const link of links) {
      const value = text(form[`value-${link.indicatorId}`]).replace(/,/g, '');
      if (value === '') continue;
      if (!fitsNumeric(value, INDICATOR_NUMBER)) {
        errors[`value-${link.indicatorId}`] =
          `Enter ${link.indicator?.code} as a number below 10,000,000,000, like 10.4`;
      } else values.push({ indicatorId: link.indicatorId, value });
    }
    const milestonesCompleted = list(form.milestonesCompleted);

    if (Object.keys(errors).length === 0) {
      try {
        const update = await this.actions.postOwnerUpdate(caller, actionId, {
          period,
          narrative,
          percentComplete: Number(percentText),
          proposedRag: proposedRag as ProgressRag,
          milestonesCompleted,
          values,
          correctionReason: text(form.correctionReason) || undefined,
        });
        return response.redirect(
          303,
          `/plans/${planId}/actions/${actionId}?posted=${encodeURIComponent(update.period)}`,
        );
      } catch (error) {
        const [detail] =
          error instanceof DomainError && Array.isArray(error.details) ? (error.details as { field?: string }[]) : [];
        // A signed-off period asks for the correction's reason on the form rather than answering 409.
        const correction = detail?.field === 'correctionReason';
        if (!(error instanceof DomainError) || (error.code !== ErrorCode.Invalid && !correction)) throw error;
        errors[correction ? 'correctionReason' : detail?.field === 'period' && !values.length ? 'period' : 'form'] =
          error.message;
      }
    }
    response.status(400);
    await this.render(caller, planId, actionId, request, response, {
      errors,
      values: { ...form, milestonesCompleted },
    });
  }

  private async render(
    caller: Caller,
    planId: string,
    actionId: string,
    request: Request,
    response: Response,
    extra: {
      posted?: string | null;
      saved?: string | null;
      errors?: FormErrors;
      values?: UpdateForm | Record<string, unknown>;
    },
  ): Promise<void> {
    const { action, links } = await this.actions.read(caller, actionId);
    if (action.planId !== planId) throw DomainError.notFound('The action');
    const dashboard = await this.status.planDashboard(caller, planId);
    const line = dashboard.actions.find((candidate) => candidate.id === actionId);
    const history = await this.actions.progress(caller, actionId);
    const indicatorLines = dashboard.indicators.filter((candidate) => candidate.actionId === actionId);

    const indicators = await Promise.all(
      links.map(async (link) => {
        const values = (await this.indicators.listMeasurements(caller, link.indicatorId)).map((measurement) => ({
          period: measurement.period,
          value: measurement.value,
        }));
        const chart = values.length ? indicatorTrendChart(link.indicator?.code ?? '', values, link.targetValue) : null;
        return {
          link,
          code: link.indicator?.code ?? '',
          title: link.indicator?.title ?? '',
          unit: link.indicator?.unit ?? '',
          frequencyWords: link.indicator ? FREQUENCY_WORDS[link.indicator.frequency] : '',
          status: indicatorLines.find((candidate) => candidate.indicatorId === link.indicatorId) ?? null,
          values,
          chart: chart
            ? { src: await this.charts.dataUri(chart.configuration, chart.width, chart.height), alt: chart.alt }
            : null,
        };
      }),
    );

    const today = londonToday();
    const frequency = planFrequency(dashboard.plan.reportingFrequency);
    const periods = [periodDueOn(today, frequency), reportingPeriodOf(today, frequency)];
    const latestPeriod = history[0]?.period ?? null;
    const defaultPeriod = latestPeriod !== null && latestPeriod >= periods[0].label ? periods[1] : periods[0];
    const mayPost = mayUpdateProgressOn(caller, [action.ownerId]) && action.status !== 'cancelled';
    const lockedPeriods = await this.signOff.signedOffPeriods(
      caller,
      action,
      periods.map((period) => period.label),
    );

    response.render('pages/action.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `${action.reference} ${action.title} – ${dashboard.plan.reference}`,
      plan: dashboard.plan,
      action,
      line,
      judgementArea: line?.judgementAreaLabel ?? (action.judgementAreaKey ? areaLabel(action.judgementAreaKey) : null),
      ecmOutcome: action.ecmOutcome ? ECM_OUTCOMES[action.ecmOutcome as EcmOutcome] : null,
      indicators,
      history,
      today,
      mayPost,
      periods: periods.map((period) => ({
        ...period,
        indicatorPeriods: indicators.map((indicator) => ({
          code: indicator.code,
          label: indicator.link.indicator
            ? measurementPeriodFor(period, indicator.link.indicator.frequency).label
            : period.label,
        })),
      })),
      errorLinks: Object.fromEntries([
        ['form', 'period'],
        ...['period', 'correctionReason', 'narrative', 'percentComplete', 'proposedRag'].map((field) => [field, field]),
        ...indicators.map((indicator) => [
          `value-${indicator.link.indicatorId}`,
          `value-${indicator.link.indicatorId}`,
        ]),
      ]),
      returned: (await this.signOff.returnsFor(caller, [actionId])).filter((entry) => !entry.answered),
      lockedPeriods,
      posted: extra.posted ?? null,
      saved: extra.saved ?? null,
      mayManage: roleMay(caller.role, Permission.ManagePlans),
      mayChangeMilestones: mayUpdateProgressOn(caller, [action.ownerId]),
      mayReadAudit: roleMay(caller.role, Permission.ReadAudit),
      errors: extra.errors ?? {},
      values: extra.values ?? { period: defaultPeriod.label, milestonesCompleted: [] },
    });
  }
}
