import { londonToday } from '../domain/periods';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { type PlanClock, planClockOf } from './plan-clock';

/**
 * The plan's statutory clock as of a date, under its inspection's framework: what is owed, by when,
 * and whether it was met. The plan must be loaded with its inspection (and, for the monitoring note,
 * the inspection's judgements; for a focused visit, its recommendations, which say whether any is a
 * priority action).
 */
export function clockOf(
  plan: Pick<
    ImprovementPlanEntity,
    'id' | 'reportReceivedOn' | 'endorsedOn' | 'sentToInspectorateOn' | 'draftSentOn' | 'inspection'
  >,
  asOf: string = londonToday(),
): PlanClock {
  const inspection = plan.inspection;
  if (!inspection) throw new Error(`Plan ${plan.id} was loaded without its inspection, which its clock needs.`);
  return planClockOf(
    plan,
    {
      framework: inspection.framework,
      grades: (inspection.judgements ?? []).map((judgement) => judgement.grade),
      priorityAction: (inspection.recommendations ?? []).some((recommendation) => recommendation.priorityAction),
    },
    asOf,
  );
}
