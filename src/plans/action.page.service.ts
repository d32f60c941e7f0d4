import { Injectable } from '@nestjs/common';
import { ChartRenderer } from '../charts/chart-renderer';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { IndicatorsService } from '../indicators/indicators.service';
import { StatusService } from '../rag/status.service';
import { SignOffService } from '../signoff/sign-off.service';
import type { PageChart } from '../web/charts';
import { checkAs, onControls, submitForm } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { ActionsService } from './actions.service';
import { UPDATE_MESSAGES, ownerUpdateFrom, updateControls } from './action-update.form';
import { type ActionLink, actionBanners, actionPageView, indicatorTrends, updatePeriods } from './action.view';
import { actionHref } from './action-edit.view';
import type { ActionIds } from './page-params';
import { PostProgressDto } from './plan-input.dto';
import type { Form } from '../web/admin-forms';

export const ACTION_PAGE = 'pages/action.njk';

/** An action's page: its status and reason, milestones, indicators and history, and the form to post an update. */
@Injectable()
export class ActionPageService {
  constructor(
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly status: StatusService,
    private readonly charts: ChartRenderer,
    private readonly signOff: SignOffService,
  ) {}

  async page(caller: Caller, ids: ActionIds, query: Form) {
    return actionPageView(await this.facts(caller, ids), actionBanners(query));
  }

  /**
   * Posts the update, the milestones it completes and the indicator values it reports together;
   * then back to the action page (Post/Redirect/Get), which says the update was posted.
   */
  async postUpdate(caller: Caller, ids: ActionIds, sent: Form) {
    const { links } = await this.read(caller, ids);
    const { update, milestonesCompleted, values, errors } = ownerUpdateFrom(sent, links);
    const invalid = await checkAs(PostProgressDto, update, errors, UPDATE_MESSAGES);
    const post = () => this.actions.postOwnerUpdate(caller, ids.actionId, { ...update, milestonesCompleted, values });
    const next = ({ period }: { period: string }) => `${actionHref(ids)}?posted=${encodeURIComponent(period)}`;
    return afterSubmit(await submitForm(invalid, 'form', post), next, ACTION_PAGE, async (refused) => {
      const shownAgain = {
        errors: onControls(refused, updateControls(links), 'form'),
        values: { ...sent, milestonesCompleted },
      };
      return actionPageView(await this.facts(caller, ids), {}, shownAgain);
    });
  }

  private async read(caller: Caller, ids: ActionIds) {
    const { action, links } = await this.actions.read(caller, ids.actionId);
    if (action.planId !== ids.planId) throw DomainError.notFound('The action');
    return { action, links: links as unknown as ActionLink[] };
  }

  private async facts(caller: Caller, ids: ActionIds) {
    const { action, links } = await this.read(caller, ids);
    const dashboard = await this.status.planDashboard(caller, ids.planId);
    const history = await this.actions.progress(caller, ids.actionId);
    const measured = (link: ActionLink) => this.indicators.listMeasurements(caller, link.indicatorId);
    const trends = indicatorTrends(links, await Promise.all(links.map(measured)));
    const draw = (chart: PageChart | null) =>
      chart && this.charts.dataUri(chart.configuration, chart.width, chart.height);
    const chartSources = await Promise.all(trends.map(({ chart }) => draw(chart)));
    const today = londonToday();
    const periods = updatePeriods(dashboard, today).map((period) => period.label);
    const lockedPeriods = await this.signOff.signedOffPeriods(caller, action, periods);
    const returned = (await this.signOff.returnsFor(caller, [ids.actionId])).filter((entry) => !entry.answered);
    return { caller, action, dashboard, history, trends, chartSources, today, lockedPeriods, returned };
  }
}
