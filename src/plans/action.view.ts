/**
 * The action page as a view model: its status and reason, milestones, indicators with their
 * trends, its history, and the owner's update form with the periods it may be for. Pure: the page
 * controller passes what it read.
 */
import { Permission, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { FREQUENCY_WORDS, measurementPeriodFor, planFrequency, reportingPeriodOf } from '../domain/periods';
import { ECM_OUTCOMES, type EcmOutcome, type FrequencyKey, areaLabel } from '../domain/vocabulary';
import type { PlanDashboard } from '../rag/status.service';
import { periodDueOn } from '../rag/rules';
import { type PageChart, indicatorTrendChart } from '../web/charts';
import type { FormErrors } from '../web/form-validation';
import { PERIOD_LABEL } from './action-update.form';
import { mayUpdateProgressOn } from '../auth/ownership';

/** The banner after a change page saved and came back here. */
export const ACTION_SAVED: Readonly<Record<string, string>> = {
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

/** The banners the query string asks for: an update posted for a period, or a change saved. */
export function actionBanners(query: { posted?: unknown; saved?: unknown }) {
  return {
    posted: typeof query.posted === 'string' && PERIOD_LABEL.test(query.posted) ? query.posted : null,
    saved: typeof query.saved === 'string' ? (ACTION_SAVED[query.saved] ?? null) : null,
  };
}

/** An indicator attached to the action. */
export interface ActionLink {
  indicatorId: string;
  targetValue: string | null;
  indicator?: { code: string; title: string; unit: string; frequency: FrequencyKey } | null;
}

/** Each indicator's values and, when it has any, the chart of its trend to draw. */
export function indicatorTrends(
  links: readonly ActionLink[],
  measurements: readonly { period: string; value: string }[][],
) {
  return links.map((link, index) => {
    const values = measurements[index].map(({ period, value }) => ({ period, value }));
    const chart: PageChart | null = values.length
      ? indicatorTrendChart(link.indicator?.code ?? '', values, link.targetValue)
      : null;
    return { link, values, chart };
  });
}

export interface ActionPageFacts<A, U> {
  caller: Caller;
  action: A & {
    id: string;
    ownerId: string | null;
    status: string;
    reference: string;
    title: string;
    judgementAreaKey: string | null;
    ecmOutcome: string | null;
  };
  dashboard: PlanDashboard;
  history: (U & { period: string })[];
  trends: ReturnType<typeof indicatorTrends>;
  /** The drawn chart of each trend, as a data URI, in the order of `trends`. */
  chartSources: (string | null)[];
  today: string;
  /** The periods on the form whose updates are signed off: an update for one is a correction. */
  lockedPeriods: string[];
  /** Updates returned to the owner at sign-off and not yet answered. */
  returned: unknown[];
}

/** The periods an owner's update may be for today: the one due, and the current one. */
export function updatePeriods(dashboard: PlanDashboard, today: string) {
  const frequency = planFrequency(dashboard.plan.reportingFrequency);
  return [periodDueOn(today, frequency), reportingPeriodOf(today, frequency)];
}

/** The page's model; `form` is the update as sent when it is shown again with its errors. */
export function actionPageView<A, U>(
  facts: ActionPageFacts<A, U>,
  banners: { posted?: string | null; saved?: string | null },
  form?: { errors: FormErrors; values: Record<string, unknown> },
) {
  const { caller, action, dashboard, history, today } = facts;
  const line = dashboard.actions.find((candidate) => candidate.id === action.id);
  const lines = dashboard.indicators.filter((candidate) => candidate.actionId === action.id);
  const indicators = facts.trends.map(({ link, values, chart }, index) => ({
    link,
    code: link.indicator?.code ?? '',
    title: link.indicator?.title ?? '',
    unit: link.indicator?.unit ?? '',
    frequencyWords: link.indicator ? FREQUENCY_WORDS[link.indicator.frequency] : '',
    status: lines.find((candidate) => candidate.indicatorId === link.indicatorId) ?? null,
    values,
    chart: chart && facts.chartSources[index] ? { src: facts.chartSources[index], alt: chart.alt } : null,
  }));
  const periods = updatePeriods(dashboard, today);
  const latestPeriod = history[0]?.period ?? null;
  const defaultPeriod = latestPeriod !== null && latestPeriod >= periods[0].label ? periods[1] : periods[0];
  return {
    pageTitle: `${action.reference} ${action.title} – ${dashboard.plan.reference}`,
    plan: dashboard.plan,
    action,
    line,
    judgementArea: line?.judgementAreaLabel ?? (action.judgementAreaKey ? areaLabel(action.judgementAreaKey) : null),
    ecmOutcome: action.ecmOutcome ? ECM_OUTCOMES[action.ecmOutcome as EcmOutcome] : null,
    indicators,
    history,
    today,
    mayPost: mayUpdateProgressOn(caller, [action.ownerId]) && action.status !== 'cancelled',
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
      ...indicators.map(({ link }) => [`value-${link.indicatorId}`, `value-${link.indicatorId}`]),
    ]),
    returned: facts.returned,
    lockedPeriods: facts.lockedPeriods,
    posted: banners.posted ?? null,
    saved: banners.saved ?? null,
    mayManage: roleMay(caller.role, Permission.ManagePlans),
    mayChangeMilestones: mayUpdateProgressOn(caller, [action.ownerId]),
    mayReadAudit: roleMay(caller.role, Permission.ReadAudit),
    errors: form?.errors ?? {},
    values: form?.values ?? { period: defaultPeriod.label, milestonesCompleted: [] },
  };
}
