/**
 * The reading pages of plans as view models: the home page, a plan with its table of actions, its
 * dashboard as at a date, and the caller's own actions. Pure: the page controllers pass what they read.
 */
import { Permission, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { OwnedActions, PlanDashboard, PlanHeadline } from '../rag/status.service';
import type { PageChart } from '../web/charts';
import { ACTION_FILTERS, filterActions, filterChoices, filtersFrom, sortActions, sortFrom } from '../web/action-table';
import { COUNTED_RAGS } from '../web/charts';
import type { asAtFrom } from '../web/as-at-date';

/** The banner after a change page saved and came back to the plan. */
export const PLAN_SAVED: Readonly<Record<string, string>> = {
  details: 'The plan’s details have been saved.',
  endorsement: 'The plan’s endorsement has been recorded.',
};

/** The page's own address with some of its parameters changed, for the sorting links. */
export function queryString(
  current: Record<string, string | undefined>,
  changes: Record<string, string | null>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes })) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function homeView<P extends { id: string }>(
  caller: Caller,
  plans: readonly P[],
  authority: { asOf: string; plans: PlanHeadline[] },
  awaitingPlan: readonly unknown[],
) {
  const headlineOf = new Map(authority.plans.map((headline) => [headline.id, headline]));
  return {
    pageTitle: 'Improvement plans',
    authority: { name: caller.authorityName },
    asOf: authority.asOf,
    plans: plans.map((plan) => ({ ...plan, headline: headlineOf.get(plan.id) ?? null })),
    awaitingPlan,
  };
}

/** A plan and its actions, filtered and sorted as the query string asks. */
export function planView<P extends { reference: string; title: string }, I extends { recommendations: unknown }>(
  caller: Caller,
  plan: P,
  inspection: I,
  dashboard: PlanDashboard,
  query: Record<string, unknown>,
) {
  const filters = filtersFrom(query);
  const { sort, order } = sortFrom(query);
  return {
    saved: typeof query.saved === 'string' ? (PLAN_SAVED[query.saved] ?? null) : null,
    mayManage: roleMay(caller.role, Permission.ManagePlans),
    mayReadAudit: roleMay(caller.role, Permission.ReadAudit),
    recommendations: inspection.recommendations,
    pageTitle: `${plan.reference}: ${plan.title}`,
    plan,
    inspection,
    asOf: dashboard.asOf,
    rollUp: dashboard.rollUps.plan,
    actions: sortActions(filterActions(dashboard.actions, filters), sort, order),
    total: dashboard.actions.length,
    filters,
    filterNames: ACTION_FILTERS,
    choices: filterChoices(dashboard.actions),
    sort,
    order,
    queryFor: (changes: Record<string, string | null>) => queryString({ ...filters, sort, order }, changes),
  };
}

/** A plan's dashboard as at a date, with the chart of its counts drawn (`chartSource`). */
export function dashboardView(
  dashboard: PlanDashboard,
  asAt: ReturnType<typeof asAtFrom>,
  today: string,
  chart: PageChart,
  chartSource: string,
) {
  return {
    pageTitle: `Dashboard for ${dashboard.plan.reference}`,
    dashboard,
    asAt: { value: asAt.asOf, fields: asAt.fields, isToday: asAt.asOf === today },
    errors: asAt.error ? { asOf: asAt.error } : {},
    countedRags: COUNTED_RAGS,
    ragChart: { src: chartSource, alt: chart.alt },
  };
}

export function myActionsView(owned: { asOf: string; plans: OwnedActions[] }, returned: readonly unknown[] = []) {
  const { asOf, plans } = owned;
  return {
    pageTitle: 'My actions',
    asOf,
    plans,
    /** Updates returned to the caller at sign-off and not yet answered. */
    returned,
    counts: {
      actions: plans.reduce((sum, plan) => sum + plan.actions.length, 0),
      updateOverdue: plans.reduce((sum, plan) => sum + plan.actions.filter((line) => line.updateOverdue).length, 0),
    },
  };
}
