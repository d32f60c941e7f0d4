import { Injectable } from '@nestjs/common';
import type { Transaction } from '../database/transaction';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { FREQUENCY_WORDS, type Period, londonToday, parsePeriod, planFrequency } from '../domain/periods';
import type { ProgressRag } from '../domain/vocabulary';
import type { ActionEntity } from '../plans/action.entity';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import type { ProgressUpdateEntity } from '../plans/progress-update.entity';
import { govukDate } from '../presentation/dates';
import { periodDueOn } from '../rag/rules';
import type { PeriodSignOffEntity } from './period-sign-off.entity';
import { SignOffRepository } from './sign-off.repository';
import { NO_THEME, signOffThemeLabel, signsOffFor, themeOfAction, themesToSignOff } from './sign-off-rules';

/** One action's place on a sign-off page: its latest update for the period and any return of it. */
export interface SignOffActionLine {
  actionId: string;
  reference: string;
  title: string;
  ownerName: string | null;
  update: {
    id: string;
    narrative: string;
    percentComplete: number;
    proposedRag: ProgressRag | null;
    authorName: string;
    createdAt: Date;
    correctionReason: string | null;
  } | null;
  /** The latest return of that update, if it was returned and not yet answered by a newer one. */
  returned: { comment: string; by: string; at: Date } | null;
}

export interface ThemeSignOff {
  theme: string;
  label: string;
  /** The theme lead by name, or null when the authority names none. */
  leadName: string | null;
  signedOff: { by: string; at: Date } | null;
  /** Whether the caller may confirm it or return its updates. */
  mayAct: boolean;
  actions: SignOffActionLine[];
}

export interface SignOffStatus {
  plan: { id: string; reference: string; title: string };
  period: Period;
  themes: ThemeSignOff[];
  complete: boolean;
}

/** What a board paper's front sheet says about sign-off. */
export interface PaperSignOff {
  period: string;
  /** The themes (in words) whose updates for the period are not signed off yet. */
  waiting: string[];
}

/** A return of an update, as its owner sees it. */
export interface ReturnedUpdate {
  id: string;
  actionId: string;
  planId: string;
  reference: string;
  period: string;
  comment: string;
  returnedBy: string;
  returnedAt: Date;
  /** Whether the owner has posted a newer update for the period since. */
  answered: boolean;
}

/**
 * Sign-off of a reporting period's updates, theme by theme, before a board paper goes to members:
 * who may confirm or return, and the lock that follows. Theme leads act only on their own themes;
 * a theme with no lead who has an account is signed off by a clerk or an admin.
 */
@Injectable()
export class SignOffService {
  constructor(private readonly repository: SignOffRepository) {}

  /** The reporting period a label names for the plan, or the one updates are due for today. */
  periodOf(plan: ImprovementPlanEntity, label: string | undefined, field = 'period'): Period {
    const frequency = planFrequency(plan.reportingFrequency);
    if (label === undefined || label.trim() === '') return periodDueOn(londonToday(), frequency);
    const parsed = parsePeriod(label.trim(), frequency);
    if (!parsed.ok)
      throw DomainError.invalid(`The plan reports ${FREQUENCY_WORDS[frequency]}: ${parsed.message}`, field);
    return parsed.period;
  }

  async plan(caller: Caller, planId: string, manager?: Transaction): Promise<ImprovementPlanEntity> {
    const plan = await this.repository.plan(caller.authorityId, planId, manager);
    if (!plan) throw DomainError.notFound('The improvement plan');
    return plan;
  }

  /** Every theme of the plan for the period: its lead, whether it is signed off, and its actions' updates. */
  async status(caller: Caller, planId: string, periodLabel?: string): Promise<SignOffStatus> {
    const plan = await this.plan(caller, planId);
    const period = this.periodOf(plan, periodLabel);
    const leads = await this.repository.themeLeads(caller.authorityId);
    const led = new Set(leads.filter((lead) => lead.userId).map((lead) => lead.theme));
    const actions = (await this.repository.actions(caller.authorityId, planId)).filter((action) =>
      signsOffFor(action, period.end),
    );
    const updates = await this.repository.updatesFor(
      caller.authorityId,
      actions.map((action) => action.id),
      period.label,
    );
    const latest = new Map<string, ProgressUpdateEntity>();
    for (const update of updates) if (!latest.has(update.actionId)) latest.set(update.actionId, update);
    const returns = await this.repository.returnsOf(
      caller.authorityId,
      [...latest.values()].map((update) => update.id),
    );
    const signOffs = await this.repository.signOffs(caller.authorityId, planId, period.label);

    const themes = themesToSignOff(actions, led, period.end).map((theme): ThemeSignOff => {
      const lead = leads.find((candidate) => candidate.theme === theme && candidate.userId) ?? null;
      const signOff = signOffs.find((candidate) => candidate.theme === theme);
      return {
        theme,
        label: signOffThemeLabel(theme),
        leadName: lead?.leadName ?? null,
        signedOff: signOff ? { by: signOff.signedByName, at: signOff.signedAt } : null,
        mayAct: this.mayAct(caller, lead?.userId ?? null),
        actions: actions
          .filter((action) => themeOfAction(action, led) === theme)
          .map((action) => {
            const update = latest.get(action.id) ?? null;
            const returned = update ? returns.find((candidate) => candidate.updateId === update.id) : undefined;
            return {
              actionId: action.id,
              reference: action.reference,
              title: action.title,
              ownerName: action.owner?.displayName ?? null,
              update: update
                ? {
                    id: update.id,
                    narrative: update.narrative,
                    percentComplete: update.percentComplete,
                    proposedRag: update.proposedRag,
                    authorName: update.author?.displayName ?? '',
                    createdAt: update.createdAt,
                    correctionReason: update.correctionReason,
                  }
                : null,
              returned: returned
                ? { comment: returned.comment, by: returned.returnedByName, at: returned.returnedAt }
                : null,
            };
          }),
      };
    });
    return {
      plan: { id: plan.id, reference: plan.reference, title: plan.title },
      period,
      themes,
      complete: themes.every((theme) => theme.signedOff),
    };
  }

  /**
   * The theme lead confirms their theme's updates for the period. Refused for another lead's
   * theme, for a theme already signed off, and while an update of it is back with its owner.
   */
  async signOff(caller: Caller, planId: string, periodLabel: string, theme: string): Promise<PeriodSignOffEntity> {
    const status = await this.status(caller, planId, periodLabel);
    const entry = this.themeFor(status, theme);
    if (entry.signedOff) {
      throw new DomainError(
        ErrorCode.Conflict,
        `${entry.label} was already signed off for ${status.period.label} by ${entry.signedOff.by} on ${govukDate(entry.signedOff.at)}.`,
      );
    }
    const waiting = entry.actions.filter((line) => line.returned);
    if (waiting.length) {
      throw new DomainError(
        ErrorCode.Conflict,
        `The update of ${waiting.map((line) => `action ${line.reference}`).join(', ')} is back with its owner: sign off once the owner has posted a new update.`,
      );
    }
    return this.repository.transaction(async (manager) => {
      try {
        return await this.repository.saveSignOff(
          {
            authorityId: caller.authorityId,
            planId,
            period: status.period.label,
            theme,
            signedById: caller.userId,
            signedByName: caller.displayName,
          },
          manager,
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new DomainError(
            ErrorCode.Conflict,
            `${entry.label} was signed off for ${status.period.label} meanwhile.`,
          );
        }
        throw error;
      }
    });
  }

  /** Sends an update back to its owner with what to put right; only before its theme is signed off. */
  async returnUpdate(caller: Caller, planId: string, updateId: string, comment: string) {
    const text = comment.trim();
    if (!text) throw DomainError.invalid('Enter what the owner should put right', 'comment');
    const update = await this.repository.update(caller.authorityId, updateId);
    if (!update || update.action?.planId !== planId) throw DomainError.notFound('The progress update');
    const status = await this.status(caller, planId, update.period);
    const entry = status.themes.find((theme) => theme.actions.some((line) => line.actionId === update.actionId));
    if (!entry) throw DomainError.notFound('The progress update');
    this.themeFor(status, entry.theme);
    if (entry.signedOff) {
      throw new DomainError(
        ErrorCode.Conflict,
        `${entry.label} was signed off for ${update.period} by ${entry.signedOff.by} on ${govukDate(entry.signedOff.at)}, so its updates can no longer be returned.`,
      );
    }
    const line = entry.actions.find((candidate) => candidate.actionId === update.actionId);
    if (line?.update?.id !== update.id) {
      throw new DomainError(
        ErrorCode.Conflict,
        `Action ${update.action?.reference} has a newer update for ${update.period}: return that one if it needs putting right.`,
      );
    }
    return this.repository.transaction((manager) =>
      this.repository.saveReturn(
        {
          authorityId: caller.authorityId,
          updateId,
          returnedById: caller.userId,
          returnedByName: caller.displayName,
          comment: text,
        },
        manager,
      ),
    );
  }

  /**
   * The check every way of posting an update goes through, inside its transaction: an update for
   * a period whose theme is signed off is a correction of the latest update for that period, and
   * must say why. Returns what the new update records about the correction.
   */
  async correctionFor(
    manager: Transaction,
    caller: Caller,
    action: ActionEntity,
    period: string,
    reason: string | null | undefined,
  ): Promise<{ correctsUpdateId: string | null; correctionReason: string | null }> {
    const signOff = await this.signOffOfAction(manager, caller.authorityId, action, period);
    const text = reason?.trim() || null;
    if (!signOff) {
      if (text)
        throw DomainError.invalid(
          `The updates for ${period} are not signed off, so this is not a correction: leave the reason for a correction empty.`,
          'correctionReason',
        );
      return { correctsUpdateId: null, correctionReason: null };
    }
    const corrected = await this.repository.latestUpdate(caller.authorityId, action.id, period, manager);
    if (!text) {
      throw new DomainError(
        ErrorCode.Conflict,
        `The updates for ${period} on action ${action.reference} were signed off by ${signOff.signedByName} on ${govukDate(signOff.signedAt)} and cannot be changed. To correct one, post a correction and give its reason.`,
        [
          {
            field: 'correctionReason',
            messages: [`Give the reason for the correction: ${period} has been signed off`],
          },
        ],
      );
    }
    return { correctsUpdateId: corrected?.id ?? null, correctionReason: text };
  }

  /** The actions among these whose updates for the period are locked by a sign-off. */
  async lockedActions(
    manager: Transaction,
    authorityId: string,
    plan: ImprovementPlanEntity,
    period: string,
    actions: readonly ActionEntity[],
  ): Promise<Set<string>> {
    const signOffs = await this.repository.signOffs(authorityId, plan.id, period, manager);
    if (!signOffs.length) return new Set();
    const led = await this.ledThemes(authorityId, manager);
    const signed = new Set(signOffs.map((signOff) => signOff.theme));
    return new Set(actions.filter((action) => signed.has(themeOfAction(action, led))).map((action) => action.id));
  }

  /** For a board paper as of a date: the themes whose updates for the period then due are not signed off. */
  async paperStatus(
    transaction: Transaction | undefined,
    authorityId: string,
    plan: ImprovementPlanEntity,
    asOf: string,
  ): Promise<PaperSignOff> {
    const manager = transaction ?? this.repository.manager;
    const period = periodDueOn(asOf, planFrequency(plan.reportingFrequency));
    const led = await this.ledThemes(authorityId, manager);
    const actions = await this.repository.actions(authorityId, plan.id, manager);
    const signed = new Set(
      (await this.repository.signOffs(authorityId, plan.id, period.label, manager)).map((signOff) => signOff.theme),
    );
    const waiting = themesToSignOff(actions, led, period.end).filter((theme) => !signed.has(theme));
    return { period: period.label, waiting: waiting.map(signOffThemeLabel) };
  }

  /** Which of these periods are signed off for the action's theme: an update for one is a correction. */
  async signedOffPeriods(caller: Caller, action: ActionEntity, periods: readonly string[]): Promise<string[]> {
    const locked: string[] = [];
    for (const period of periods) {
      if (await this.signOffOfAction(this.repository.manager, caller.authorityId, action, period)) locked.push(period);
    }
    return locked;
  }

  /** Returns of updates on the given actions (or all the caller owns), newest first. */
  async returnsFor(caller: Caller, actionIds?: readonly string[]): Promise<ReturnedUpdate[]> {
    const ids = actionIds ?? (await this.repository.actionIdsOwnedBy(caller.authorityId, caller.userId));
    const returns = await this.repository.returnsOnActions(caller.authorityId, ids);
    if (!returns.length) return [];
    const updates = await this.repository.updatesOfActions(caller.authorityId, ids);
    return returns.map((entry) => {
      const update = entry.update as ProgressUpdateEntity;
      return {
        id: entry.id,
        actionId: update.actionId,
        planId: update.action?.planId ?? '',
        reference: update.action?.reference ?? '',
        period: update.period,
        comment: entry.comment,
        returnedBy: entry.returnedByName,
        returnedAt: entry.returnedAt,
        answered: updates.some(
          (other) =>
            other.actionId === update.actionId && other.period === update.period && other.createdAt > update.createdAt,
        ),
      };
    });
  }

  private async ledThemes(authorityId: string, manager: Transaction): Promise<Set<string>> {
    const leads = await this.repository.themeLeads(authorityId, manager);
    return new Set(leads.filter((lead) => lead.userId).map((lead) => lead.theme));
  }

  private async signOffOfAction(
    manager: Transaction,
    authorityId: string,
    action: ActionEntity,
    period: string,
  ): Promise<PeriodSignOffEntity | null> {
    const led = await this.ledThemes(authorityId, manager);
    return this.repository.signOff(authorityId, action.planId, period, themeOfAction(action, led), manager);
  }

  /** A theme lead acts on their own themes; a clerk or an admin on themes no lead with an account holds. */
  private mayAct(caller: Caller, leadUserId: string | null): boolean {
    if (leadUserId) return leadUserId === caller.userId;
    return caller.role === 'clerk' || caller.role === 'admin';
  }

  private themeFor(status: SignOffStatus, theme: string): ThemeSignOff {
    const entry = status.themes.find((candidate) => candidate.theme === theme);
    if (!entry) {
      throw DomainError.invalid(
        `${theme === NO_THEME ? 'Actions with no theme are' : `${signOffThemeLabel(theme)} is`} not a theme of this plan's actions for ${status.period.label}.`,
        'theme',
      );
    }
    if (!entry.mayAct) {
      throw new DomainError(
        ErrorCode.Forbidden,
        entry.leadName
          ? `Only ${entry.leadName}, the theme lead for ${entry.label}, may sign off or return its updates.`
          : `${entry.label} has no theme lead with an account: a clerk or an admin signs it off.`,
      );
    }
    return entry;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  return code === '23505' || driverError?.code === '23505';
}
