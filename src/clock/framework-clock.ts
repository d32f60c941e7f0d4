/**
 * The statutory clock of each framework: what the council owes the inspectorate after a report, by
 * when, counted in working days with the England and Wales bank holidays, and whether and when it was
 * met. A deadline is met on the day the plan was **sent to the inspectorate**, which is recorded apart
 * from the day the council endorsed it: an endorsed plan whose sending is not recorded is shown as
 * such, never as "late" by however many working days have passed since.
 *
 * Pure: the same facts and as-of date always give the same reading, in words ready to show.
 */
import type { GradeKey } from '../domain/vocabulary';
import { FRAMEWORKS, type Deadline, type FrameworkKey } from '../frameworks/frameworks';
import type { SourceKey } from '../frameworks/sources';
import { OutsideCalendarError, addWorkingDays, workingDaysBetween } from './working-days';
import { govukDate } from '../presentation/dates';

export interface ClockFacts {
  framework: FrameworkKey | null;
  /** Normalised grades of the inspection's judgements: an inadequate one brings monitoring visits. */
  grades?: readonly (GradeKey | null)[];
  /** A focused visit's letter named areas for priority action. */
  priorityAction?: boolean;
  /** The day the council received the report or letter; the working days count from the day after. */
  reportReceivedOn: string | null;
  /** The day the plan was sent to the inspectorate: the day the deadline was met. */
  sentToInspectorateOn?: string | null;
  /** The day a draft was shared with the inspectorate, where the framework asks for one. */
  draftSentOn?: string | null;
  /** The day the council endorsed the plan; it does not meet the deadline by itself. */
  endorsedOn?: string | null;
  asOf: string;
}

export type DeadlineState =
  /** Not yet due and not yet sent. */
  | 'running'
  | 'due_today'
  /** Past its due date and not sent. */
  | 'late'
  /** Sent on or before the due date. */
  | 'met'
  /** Sent after the due date. */
  | 'met_late'
  /** Endorsed, but the day it was sent is not recorded. */
  | 'sent_date_missing'
  /** The dates needed to count it are missing, wrong, or outside the bank-holiday calendar. */
  | 'cannot_count';

export interface DeadlineReading {
  key: Deadline['key'];
  what: string;
  workingDays: number;
  dueOn: string | null;
  state: DeadlineState;
  /** 0 unless running. */
  workingDaysLeft: number;
  /** Working days after the due date up to the as-of date (late) or the day it was sent (met late). */
  workingDaysLate: number;
  metOn: string | null;
  summary: string;
}

export interface ClockReading {
  framework: FrameworkKey | null;
  /** Whether this inspection asks the council for a plan by a deadline. */
  owes: boolean;
  deadlines: DeadlineReading[];
  /** One or two sentences: what is owed and where it stands, or why nothing is owed. */
  summary: string;
  /** The framework's rule in words. */
  rule: string | null;
  /** Said when an inadequate judgement brings monitoring visits. */
  monitoring: string | null;
  sources: readonly SourceKey[];
  /** False where the rule could not be confirmed against a published document (see the framework's note). */
  confirmed: boolean;
}

function workingDays(count: number): string {
  return `${count} working ${count === 1 ? 'day' : 'days'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function safely<T>(count: () => T): T | null {
  try {
    return count();
  } catch (error) {
    if (error instanceof OutsideCalendarError || error instanceof RangeError) return null;
    throw error;
  }
}

function reading(deadline: Deadline, fields: Omit<DeadlineReading, 'key' | 'what' | 'workingDays'>): DeadlineReading {
  return { key: deadline.key, what: deadline.what, workingDays: deadline.workingDays, ...fields };
}

function readDeadline(deadline: Deadline, facts: ClockFacts, sentOn: string | null): DeadlineReading {
  const received = facts.reportReceivedOn;
  const idle = { dueOn: null, workingDaysLeft: 0, workingDaysLate: 0, metOn: null };
  if (!received) {
    return reading(deadline, {
      ...idle,
      state: 'cannot_count',
      summary: `${capitalise(deadline.what)} is due ${workingDays(deadline.workingDays)} after the report is received: record the day it was received to count them.`,
    });
  }
  const dueOn = safely(() => addWorkingDays(received, deadline.workingDays));
  if (!dueOn) {
    return reading(deadline, {
      ...idle,
      state: 'cannot_count',
      summary: `${capitalise(deadline.what)} is due ${workingDays(deadline.workingDays)} after ${govukDate(received)}, which cannot be counted: the bank holidays of that time are not held.`,
    });
  }
  const due = govukDate(dueOn);
  // A sending recorded after the as-of date had not happened yet on that date.
  const metOn = sentOn && sentOn <= facts.asOf ? sentOn : null;
  if (metOn) {
    if (metOn < received) {
      return reading(deadline, {
        ...idle,
        dueOn,
        state: 'cannot_count',
        summary: `${capitalise(deadline.what)} is recorded as sent on ${govukDate(metOn)}, before the report was received on ${govukDate(received)}: check the dates.`,
      });
    }
    if (metOn <= dueOn) {
      const early = workingDaysBetween(metOn, dueOn);
      return reading(deadline, {
        dueOn,
        metOn,
        state: 'met',
        workingDaysLeft: 0,
        workingDaysLate: 0,
        summary: `Met: ${deadline.what} was sent to Ofsted on ${govukDate(metOn)}, ${early === 0 ? 'the day it was due' : `${workingDays(early)} before it was due on ${due}`}.`,
      });
    }
    const late = workingDaysBetween(dueOn, metOn);
    return reading(deadline, {
      dueOn,
      metOn,
      state: 'met_late',
      workingDaysLeft: 0,
      workingDaysLate: late,
      summary: `Sent late: ${deadline.what} was sent to Ofsted on ${govukDate(metOn)}, ${workingDays(late)} after it was due on ${due}.`,
    });
  }
  if (facts.endorsedOn && facts.endorsedOn <= facts.asOf) {
    return reading(deadline, {
      ...idle,
      dueOn,
      state: 'sent_date_missing',
      summary: `The plan was endorsed on ${govukDate(facts.endorsedOn)}; record the day it was sent to Ofsted to show whether ${deadline.what}, due on ${due}, was on time.`,
    });
  }
  if (facts.asOf < dueOn) {
    const left = safely(() => workingDaysBetween(facts.asOf < received ? received : facts.asOf, dueOn)) ?? 0;
    return reading(deadline, {
      ...idle,
      dueOn,
      state: 'running',
      workingDaysLeft: left,
      summary: `${capitalise(workingDays(left))} left: ${deadline.what} is due on ${due}.`,
    });
  }
  if (facts.asOf === dueOn) {
    return reading(deadline, {
      ...idle,
      dueOn,
      state: 'due_today',
      summary: `Due today: ${deadline.what} is due on ${due}.`,
    });
  }
  const late = safely(() => workingDaysBetween(dueOn, facts.asOf));
  return reading(deadline, {
    ...idle,
    dueOn,
    state: 'late',
    workingDaysLate: late ?? 0,
    summary: `${late ? `${capitalise(workingDays(late))} late` : 'Late'}: ${deadline.what} was due on ${due} and is not recorded as sent.`,
  });
}

/** What an inspection's framework asks of the council, and where it stands on `asOf`. */
export function readClock(facts: ClockFacts): ClockReading {
  const framework = facts.framework ? FRAMEWORKS[facts.framework] : null;
  if (!framework) {
    return {
      framework: null,
      owes: false,
      deadlines: [],
      summary: 'No framework is recorded for this inspection, so no deadline is counted.',
      rule: null,
      monitoring: null,
      sources: [],
      confirmed: true,
    };
  }
  const plan = framework.plan;
  const base = {
    framework: framework.key,
    rule: plan.words,
    sources: plan.checked.sources,
    confirmed: plan.checked.confirmed,
  };
  const inadequate = (facts.grades ?? []).includes('inadequate');
  const monitoring =
    inadequate && framework.rhythm.whenInadequate
      ? 'An area is judged inadequate, so Ofsted will monitor progress with visits about every three months.'
      : null;

  if (plan.trigger === 'never') {
    return { ...base, owes: false, deadlines: [], summary: `Nothing is owed by a deadline. ${plan.words}`, monitoring };
  }
  if (plan.trigger === 'priority_action' && !facts.priorityAction) {
    return {
      ...base,
      owes: false,
      deadlines: [],
      summary: 'Nothing is owed by a deadline: the letter names no areas for priority action.',
      monitoring,
    };
  }
  const finalSent = facts.sentToInspectorateOn ?? null;
  const deadlines = plan.deadlines.map((deadline) =>
    // A final plan sent before a draft was asked for answers for the draft too.
    readDeadline(deadline, facts, deadline.key === 'draft_action_plan' ? (facts.draftSentOn ?? finalSent) : finalSent),
  );
  return {
    ...base,
    owes: true,
    deadlines,
    summary: deadlines.map((deadline) => deadline.summary).join(' '),
    monitoring,
  };
}
