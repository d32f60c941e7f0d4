/**
 * Who is reminded of, or told about, a missing progress update, and on which day: the rules
 * behind the daily digests. Pure: the caller passes the facts and the date; nothing here reads a
 * clock or a database.
 *
 * - Owners: from N working days before a reporting period closes (N = `beforeWorkingDays`), each
 *   open action whose update for that period is missing is listed once in its owner's digest; an
 *   update missing for the period that has just closed is listed too, if its owner was never told.
 * - Theme leads: once an update is overdue by E working days (E = `escalateAfterWorkingDays`),
 *   the lead of the action's judgement area (or, where that area has no lead, of its Every Child
 *   Matters outcome) is told, once.
 * - Committee clerks: after a further E working days, every active clerk of the authority is told, once.
 *
 * A person gets at most one digest a day, on working days only, and only on the weekdays they
 * chose (Monday to Friday unless they chose otherwise). What is not sent on one day waits for their
 * next digest day, as long as the update is still missing and the action still open.
 */
import { addDays, reportingPeriodOf, type Period, planFrequency } from '../domain/periods';
import type { ActionStatus, Role } from '../domain/vocabulary';
import { isWorkingDay, workingDaysBetween } from '../clock/working-days';

/** ISO weekday numbers: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

/** Digests go on working days, so only Monday to Friday can be chosen. */
export const DIGEST_WEEKDAY_CHOICES: readonly Weekday[] = [1, 2, 3, 4, 5];
export const DEFAULT_DIGEST_WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

export interface ReminderRules {
  /** Owners are reminded from this many working days before a period closes. */
  beforeWorkingDays: number;
  /** The theme lead is told when an update is this many working days late; the clerks after as many again. */
  escalateAfterWorkingDays: number;
}

export const DEFAULT_REMINDER_RULES: ReminderRules = { beforeWorkingDays: 5, escalateAfterWorkingDays: 5 };

export interface ReminderAction {
  id: string;
  authorityId: string;
  planId: string;
  planReference: string;
  /** How often the plan asks for progress: `quarterly` or `monthly`. */
  reportingFrequency: string;
  reference: string;
  title: string;
  status: ActionStatus;
  startDate: string;
  ownerId: string | null;
  judgementAreaKey: string | null;
  ecmOutcome: string | null;
  /** The latest period any update was posted for, or null when none was. */
  latestUpdatePeriod: string | null;
}

export interface ReminderPerson {
  id: string;
  authorityId: string;
  displayName: string;
  role: Role;
  active: boolean;
}

export interface ReminderFacts {
  actions: readonly ReminderAction[];
  people: readonly ReminderPerson[];
  /** Theme leads with an account: authority, theme and the lead's user. */
  themeLeads: readonly { authorityId: string; theme: string; userId: string }[];
  /** Each person's chosen digest days; a person not here gets the default. */
  digestWeekdays: ReadonlyMap<string, readonly Weekday[]>;
  /** `noticeKey`s already delivered to someone, so none is sent twice. */
  delivered: ReadonlySet<string>;
}

/** Why an action is in someone's digest: its owner's reminder, or an escalation to its theme lead or the clerks. */
export type NoticeKind = 'owner' | 'theme_lead' | 'clerk';

export interface Notice {
  kind: NoticeKind;
  actionId: string;
  planId: string;
  planReference: string;
  actionReference: string;
  actionTitle: string;
  /** Who owns the action, for escalations. */
  ownerName: string | null;
  period: string;
  periodEnd: string;
  /** Working days since the period closed; 0 while it is still open. */
  workingDaysLate: number;
}

export interface Digest {
  recipientId: string;
  authorityId: string;
  day: string;
  notices: Notice[];
}

/** What identifies one notice to one person: delivered once, never again. */
export function noticeKey(recipientId: string, notice: Pick<Notice, 'kind' | 'actionId' | 'period'>): string {
  return `${recipientId}|${notice.kind}|${notice.actionId}|${notice.period}`;
}

/** ISO weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

function updated(action: ReminderAction, period: Period): boolean {
  // Labels of one frequency sort as text: "2008-09 Q4" < "2009-10 Q1", "2008-10" < "2008-11".
  return action.latestUpdatePeriod !== null && action.latestUpdatePeriod >= period.label;
}

const KIND_ORDER: Record<NoticeKind, number> = { owner: 0, theme_lead: 1, clerk: 2 };

/** The digests due on `day`: at most one per person, each listing every notice for them not yet delivered. */
export function digestsFor(day: string, facts: ReminderFacts, rules: ReminderRules = DEFAULT_REMINDER_RULES): Digest[] {
  if (!isWorkingDay(day)) return [];
  const weekday = weekdayOf(day);
  const people = new Map(facts.people.map((person) => [person.id, person]));
  const leads = new Map(facts.themeLeads.map((lead) => [`${lead.authorityId}|${lead.theme}`, lead.userId]));
  const clerks = facts.people.filter((person) => person.role === 'clerk' && person.active);
  const digests = new Map<string, Digest>();

  const add = (recipientId: string | null | undefined, notice: Notice) => {
    if (!recipientId) return;
    const person = people.get(recipientId);
    if (!person || !person.active) return;
    if (facts.delivered.has(noticeKey(recipientId, notice))) return;
    const days = facts.digestWeekdays.get(recipientId) ?? DEFAULT_DIGEST_WEEKDAYS;
    if (!days.includes(weekday)) return;
    let digest = digests.get(recipientId);
    if (!digest) {
      digest = { recipientId, authorityId: person.authorityId, day, notices: [] };
      digests.set(recipientId, digest);
    }
    digest.notices.push(notice);
  };

  for (const action of facts.actions) {
    if (action.status === 'complete' || action.status === 'cancelled') continue;
    const frequency = planFrequency(action.reportingFrequency);
    const current = reportingPeriodOf(day, frequency);
    const closed = reportingPeriodOf(addDays(current.start, -1), frequency);
    const owner = action.ownerId ? (people.get(action.ownerId)?.displayName ?? null) : null;
    const notice = (kind: NoticeKind, period: Period, workingDaysLate: number): Notice => ({
      kind,
      actionId: action.id,
      planId: action.planId,
      planReference: action.planReference,
      actionReference: action.reference,
      actionTitle: action.title,
      ownerName: owner,
      period: period.label,
      periodEnd: period.end,
      workingDaysLate,
    });

    if (action.startDate <= closed.end && !updated(action, closed)) {
      const late = workingDaysBetween(closed.end, day);
      add(action.ownerId, notice('owner', closed, late));
      if (late >= rules.escalateAfterWorkingDays) {
        const lead =
          (action.judgementAreaKey && leads.get(`${action.authorityId}|${action.judgementAreaKey}`)) ||
          (action.ecmOutcome && leads.get(`${action.authorityId}|${action.ecmOutcome}`)) ||
          null;
        add(lead, notice('theme_lead', closed, late));
      }
      if (late >= 2 * rules.escalateAfterWorkingDays) {
        for (const clerk of clerks)
          if (clerk.authorityId === action.authorityId) add(clerk.id, notice('clerk', closed, late));
      }
    }
    if (
      action.startDate <= current.end &&
      !updated(action, current) &&
      workingDaysBetween(day, current.end) <= rules.beforeWorkingDays
    ) {
      add(action.ownerId, notice('owner', current, 0));
    }
  }

  const ordered = [...digests.values()];
  for (const digest of ordered) {
    digest.notices.sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.period.localeCompare(b.period) ||
        a.planReference.localeCompare(b.planReference) ||
        a.actionReference.localeCompare(b.actionReference, 'en', { numeric: true }),
    );
  }
  return ordered.sort((a, b) => a.recipientId.localeCompare(b.recipientId));
}
