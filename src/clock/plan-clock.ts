/**
 * A plan's statutory clock: the framework's rule (framework-clock.ts) read with the plan's own dates,
 * in one shape for the API, the pages, the paper and the workbook.
 *
 * Pure: no clock is read here; the caller passes the as-of date.
 */
import type { GradeKey } from '../domain/vocabulary';
import { FRAMEWORKS, type FrameworkKey } from '../frameworks/frameworks';
import { SOURCES, type SourceKey } from '../frameworks/sources';
import { type DeadlineReading, type DeadlineState, readClock } from './framework-clock';

/** What the clock needs of the plan. */
export interface PlanDates {
  reportReceivedOn: string | null;
  endorsedOn: string | null;
  sentToInspectorateOn: string | null;
  /** The day a draft was shared with the inspectorate, where the framework asks for one first. */
  draftSentOn?: string | null;
}

/** What the clock needs of the plan's inspection. */
export interface InspectionClockFacts {
  framework: FrameworkKey | null;
  grades: readonly (GradeKey | null)[];
  /** A focused visit's letter named areas for priority action (a recommendation read as a priority action). */
  priorityAction?: boolean;
}

export type PlanClockState = DeadlineState | 'nothing_owed';

export interface PlanClock {
  framework: FrameworkKey | null;
  /** The framework's name and years, or null when none is recorded. */
  frameworkName: string | null;
  /** Whether the inspection asks the council for a plan by a deadline. */
  owes: boolean;
  receivedOn: string | null;
  asOf: string;
  /** The final plan's deadline, or null when nothing is owed or it cannot be counted. */
  dueOn: string | null;
  /** The final plan's state. */
  state: PlanClockState;
  workingDaysLeft: number;
  workingDaysLate: number;
  /** The day the plan was sent to the inspectorate, when that met a deadline. */
  metOn: string | null;
  deadlines: DeadlineReading[];
  /** What is owed and where it stands, or why nothing is owed, in one or two sentences. */
  summary: string;
  /** The framework's rule in words. */
  rule: string | null;
  monitoring: string | null;
  /** The documents the rule rests on. */
  sources: { cite: string; url: string }[];
  /** False where the rule could not be confirmed against a published document. */
  confirmed: boolean;
}

function sourceOf(key: SourceKey): { cite: string; url: string } {
  return { cite: SOURCES[key].cite, url: SOURCES[key].url };
}

export function planClockOf(plan: PlanDates, inspection: InspectionClockFacts | null, asOf: string): PlanClock {
  const framework = inspection?.framework ?? null;
  const reading = readClock({
    framework,
    grades: inspection?.grades ?? [],
    priorityAction: inspection?.priorityAction ?? false,
    reportReceivedOn: plan.reportReceivedOn,
    endorsedOn: plan.endorsedOn,
    sentToInspectorateOn: plan.sentToInspectorateOn,
    draftSentOn: plan.draftSentOn ?? null,
    asOf,
  });
  const final = reading.deadlines.find((deadline) => deadline.key === 'action_plan') ?? null;
  return {
    framework,
    frameworkName: framework ? `${FRAMEWORKS[framework].name} (${FRAMEWORKS[framework].years})` : null,
    owes: reading.owes,
    receivedOn: plan.reportReceivedOn,
    asOf,
    dueOn: final?.dueOn ?? null,
    state: final?.state ?? 'nothing_owed',
    workingDaysLeft: final?.workingDaysLeft ?? 0,
    workingDaysLate: final?.workingDaysLate ?? 0,
    metOn: final?.metOn ?? null,
    deadlines: reading.deadlines,
    summary: reading.summary,
    rule: reading.rule,
    monitoring: reading.monitoring,
    sources: reading.sources.map(sourceOf),
    confirmed: reading.confirmed,
  };
}

/** A plan as loaded with its inspection (and the inspection's judgements and recommendations). */
export interface PlanWithInspection extends PlanDates {
  id: string;
  inspection?: {
    framework: FrameworkKey | null;
    judgements?: readonly { grade: GradeKey | null }[];
    recommendations?: readonly { priorityAction: boolean }[];
  } | null;
}

/**
 * The plan's statutory clock as of a date, under its inspection's framework: what is owed, by when,
 * and whether it was met. The plan must be loaded with its inspection (and, for the monitoring note,
 * the inspection's judgements; for a focused visit, its recommendations, which say whether any is a
 * priority action).
 */
export function clockOf(plan: PlanWithInspection, asOf: string): PlanClock {
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
