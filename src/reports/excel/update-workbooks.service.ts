import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { type Transaction, Transactions } from '../../database/transaction';
import { INDICATOR_NUMBER, withinNumeric } from '../../common/validation';
import type { Caller } from '../../common/request-context';
import {
  FREQUENCY_WORDS,
  londonToday,
  measurementPeriodFor,
  parseMeasurementPeriod,
  parsePeriod,
  planFrequency,
} from '../../domain/periods';
import { IndicatorsRepository } from '../../indicators/indicators.repository';
import { IndicatorsService } from '../../indicators/indicators.service';
import { ActionsRepository } from '../../plans/actions.repository';
import { ActionsService } from '../../plans/actions.service';
import type { ImprovementPlanEntity } from '../../plans/improvement-plan.entity';
import { mayUpdateProgressOn } from '../../auth/ownership';
import { periodDueOn } from '../../rag/rules';
import { StatusService } from '../../rag/status.service';
import { SignOffService } from '../../signoff/sign-off.service';
import {
  type ActionRowPreview,
  countOutcomes,
  type IndicatorRowPreview,
  type UpdateWorkbookPreview,
} from './update-workbook-preview';
import {
  type FilledUpdateWorkbook,
  proposedRagFrom,
  readUpdateWorkbook,
  type UpdateWorkbookIndicator,
  writeUpdateWorkbook,
} from './update-workbook';
import type { UpdateWorkbookUploadEntity } from './update-workbook-upload.entity';
import { UploadsRepository } from './uploads.repository';

export const MAX_WORKBOOK_UPLOAD_BYTES = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The same value written two ways ("72.5" and "72.5000") is the same value. */
function sameValue(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Number(a) === Number(b);
}

/**
 * The owners' update workbook: made for the caller's own open actions (all of them for a clerk or
 * admin), read back into a row-by-row preview, and applied in one transaction as ordinary progress
 * updates and indicator values — exactly what the preview showed, or nothing.
 */
@Injectable()
export class UpdateWorkbooksService {
  constructor(
    private readonly uploads: UploadsRepository,
    private readonly actionsRepository: ActionsRepository,
    private readonly indicatorsRepository: IndicatorsRepository,
    private readonly transactions: Transactions,
    private readonly status: StatusService,
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly signOff: SignOffService,
  ) {}

  async download(caller: Caller, planId: string): Promise<{ bytes: Buffer; fileName: string }> {
    const today = londonToday();
    const { plan, status } = await this.status.planStatus(caller, planId, today);
    const period = periodDueOn(today, planFrequency(plan.reportingFrequency));
    const lines = status.actions.filter(
      (line) =>
        line.rag !== 'complete' && line.rag !== 'cancelled' && mayUpdateProgressOn(caller, [line.owner?.id ?? null]),
    );
    if (!lines.length) {
      throw DomainError.invalid(
        caller.role === 'owner'
          ? 'You own no open actions in this plan, so there is nothing to update.'
          : 'This plan has no open actions to update.',
        'planId',
      );
    }
    const ids = lines.map((line) => line.id);
    const versions = await this.actionsRepository.versionsOf(ids);

    const chosen = new Set(ids);
    const byIndicator = new Map<string, UpdateWorkbookIndicator>();
    const indicatorLines = status.indicators.filter((line) => chosen.has(line.actionId));
    const frequencies = await this.indicatorsRepository.frequenciesOf([
      ...new Set(indicatorLines.map((line) => line.indicatorId)),
    ]);
    for (const line of indicatorLines) {
      const existing = byIndicator.get(line.indicatorId);
      if (existing) {
        existing.actionReferences.push(line.actionReference);
        continue;
      }
      byIndicator.set(line.indicatorId, {
        id: line.indicatorId,
        valueWhenMade: null,
        code: line.code,
        title: line.title,
        actionReferences: [line.actionReference],
        polarity: line.polarity,
        target: line.target?.value ?? null,
        latest: line.latest,
        period: measurementPeriodFor(period, frequencies.get(line.indicatorId) ?? 'quarterly').label,
      });
    }
    const indicators = [...byIndicator.values()];
    if (indicators.length) {
      const held = await this.indicatorsRepository.measurementsFor(
        caller.authorityId,
        indicators.map((indicator) => indicator.id),
        [...new Set(indicators.map((indicator) => indicator.period))],
      );
      for (const indicator of indicators) {
        indicator.valueWhenMade =
          held.find((value) => value.indicatorId === indicator.id && value.period === indicator.period)?.value ?? null;
      }
    }

    const bytes = await writeUpdateWorkbook({
      authorityName: caller.authorityName,
      plan: { id: plan.id, reference: plan.reference, title: plan.title },
      period: period.label,
      madeAt: new Date(),
      madeFor: caller.displayName,
      actions: lines.map((line) => ({
        id: line.id,
        version: versions.get(line.id) ?? 0,
        reference: line.reference,
        title: line.title,
        owner: line.owner?.name ?? null,
        dueDate: line.dueDate,
        rag: line.rag,
        percentComplete: line.percentComplete,
        latestUpdate: line.latestUpdate ? `${line.latestUpdate.period}: ${line.latestUpdate.narrative}` : null,
      })),
      indicators,
    });
    const slug = period.label.replace(/[^0-9A-Za-z]+/g, '-');
    return { bytes, fileName: `${plan.reference.toLowerCase()}-updates-${slug}.xlsx` };
  }

  /** Reads an uploaded workbook and keeps what it would change, for the uploader to check and apply. */
  async upload(
    caller: Caller,
    planId: string,
    file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<UpdateWorkbookUploadEntity> {
    if (!file || file.buffer.length === 0) {
      throw DomainError.invalid('Choose the filled-in update workbook to upload (an .xlsx file).', 'file');
    }
    if (file.buffer.length > MAX_WORKBOOK_UPLOAD_BYTES) {
      throw new DomainError(ErrorCode.TooLarge, 'The file is over 10 MB, which is far larger than an update workbook.');
    }
    const plan = await this.plan(undefined, caller, planId);
    const filled = await readUpdateWorkbook(file.buffer, plan.id);
    return this.transactions.withTransaction(async (manager) => {
      const preview = await this.evaluate(manager, caller, plan, filled);
      return this.uploads.insert(
        {
          authorityId: caller.authorityId,
          planId: plan.id,
          uploadedById: caller.userId,
          fileName: (file.originalname || 'update-workbook.xlsx').slice(0, 255),
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          period: filled.period,
          madeAt: filled.madeAt,
          content: filled,
          preview,
          appliedAt: null,
          appliedById: null,
        },
        manager,
      );
    });
  }

  /** The plan a page is about: its reference and title. */
  async planOf(caller: Caller, planId: string): Promise<ImprovementPlanEntity> {
    return this.plan(undefined, caller, planId);
  }

  /** The caller's own recent uploads for the plan, newest first. */
  recent(caller: Caller, planId: string, limit = 10): Promise<UpdateWorkbookUploadEntity[]> {
    return this.uploads.recentOf(caller.authorityId, planId, caller.userId, limit);
  }

  async get(caller: Caller, planId: string, uploadId: string): Promise<UpdateWorkbookUploadEntity> {
    const upload = await this.uploads.find(caller.authorityId, planId, uploadId);
    if (!upload) throw DomainError.notFound('The uploaded update workbook');
    return upload;
  }

  /**
   * Applies an upload exactly as previewed, in one transaction. If anything it touches changed since
   * the preview, nothing is applied: the answer is 409 and the upload is to be made again.
   */
  async apply(caller: Caller, planId: string, uploadId: string): Promise<UpdateWorkbookUploadEntity> {
    return this.transactions.withTransaction(async (manager) => {
      const upload = await this.uploads.find(caller.authorityId, planId, uploadId, manager, true);
      if (!upload) throw DomainError.notFound('The uploaded update workbook');
      if (upload.uploadedById !== caller.userId) {
        throw new DomainError(ErrorCode.Forbidden, 'Only the person who uploaded a workbook may apply it.');
      }
      if (upload.appliedAt) {
        throw new DomainError(ErrorCode.Conflict, 'This workbook has already been applied.');
      }
      const plan = await this.plan(manager, caller, planId);
      const now = await this.evaluate(manager, caller, plan, upload.content, true);
      const changed = [
        ...differences(upload.preview.actions, now.actions, (row) => `action ${row.reference}`),
        ...differences(upload.preview.indicators, now.indicators, (row) => `indicator ${row.code}`),
      ];
      if (changed.length) {
        throw new DomainError(
          ErrorCode.StaleVersion,
          `Since the preview, ${changed.join(', ')} changed. Nothing was applied: upload the workbook again to see what it would change now.`,
          { changed },
        );
      }
      for (const row of now.actions) {
        if (row.outcome !== 'apply' || !row.change) continue;
        await this.actions.postProgressWith(manager, caller, row.actionId, {
          period: upload.period,
          narrative: row.change.narrative,
          percentComplete: row.change.percentComplete.to,
          proposedRag: row.change.proposedRag,
        });
      }
      for (const row of now.indicators) {
        if (row.outcome !== 'apply' || !row.change) continue;
        await this.indicators.recordMeasurementWith(manager, caller, row.indicatorId, {
          period: row.period,
          value: row.change.to,
          note: row.change.note ?? undefined,
        });
      }
      upload.appliedAt = new Date();
      upload.appliedById = caller.userId;
      return this.uploads.save(upload, manager);
    });
  }

  private async plan(manager: Transaction | undefined, caller: Caller, planId: string): Promise<ImprovementPlanEntity> {
    const plan = await this.uploads.findPlan(caller.authorityId, planId, manager);
    if (!plan) throw DomainError.notFound('The improvement plan');
    return plan;
  }

  /** What each filled-in row would do now, for this caller. `lock` holds the rows until the transaction ends. */
  private async evaluate(
    manager: Transaction,
    caller: Caller,
    plan: ImprovementPlanEntity,
    filled: FilledUpdateWorkbook,
    lock = false,
  ): Promise<UpdateWorkbookPreview> {
    const frequency = planFrequency(plan.reportingFrequency);
    const reporting = parsePeriod(filled.period, frequency);
    if (!reporting.ok) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        `The workbook collects updates for "${filled.period}", but the plan reports ${FREQUENCY_WORDS[frequency]}. Download a new update workbook.`,
      );
    }

    const actionIds = filled.actions.map((row) => row.actionId).filter((id) => UUID.test(id));
    const actions = actionIds.length
      ? await this.actionsRepository.actionsOfPlan(caller.authorityId, plan.id, actionIds, manager, lock)
      : [];
    const locked = await this.signOff.lockedActions(manager, caller.authorityId, plan, reporting.period.label, actions);
    const seen = new Set<string>();
    const actionRows: ActionRowPreview[] = filled.actions.map((row) => {
      const action = actions.find((candidate) => candidate.id === row.actionId);
      const base = {
        row: row.row,
        actionId: row.actionId,
        reference: action?.reference ?? '',
        title: action?.title ?? '',
        change: null,
      };
      const refuse = (outcome: ActionRowPreview['outcome'], message: string): ActionRowPreview => ({
        ...base,
        outcome,
        message,
      });
      const blank = !row.narrative && !row.percentComplete && !row.proposedRag;
      if (!action) return refuse('invalid', `Row ${row.row} is not an action of this plan: its hidden id was changed.`);
      if (seen.has(action.id))
        return refuse('invalid', `Action ${action.reference} appears twice; only the first row counts.`);
      seen.add(action.id);
      if (blank) return refuse('unchanged', 'Nothing was filled in.');
      if (!mayUpdateProgressOn(caller, [action.ownerId])) {
        return refuse(
          'not_yours',
          `Action ${action.reference} is not yours: only its owner, a clerk or an admin may update it.`,
        );
      }
      if (row.version !== action.version) {
        return refuse(
          'stale',
          `Action ${action.reference} was changed after this workbook was downloaded. Download a new workbook and write this update again.`,
        );
      }
      if (action.status === 'cancelled') return refuse('invalid', `Action ${action.reference} is cancelled.`);
      if (locked.has(action.id)) {
        return refuse(
          'invalid',
          `The updates for ${reporting.period.label} on action ${action.reference} have been signed off: post a correction, with its reason, on the action's page.`,
        );
      }
      if (row.narrative.length < 3) return refuse('invalid', 'Write the update in the narrative column.');
      if (row.narrative.length > 10_000) return refuse('invalid', 'The narrative is over 10,000 characters.');
      let percent = action.percentComplete;
      if (row.percentComplete) {
        percent = Number(row.percentComplete);
        if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
          return refuse('invalid', `% complete must be a whole number from 0 to 100, not "${row.percentComplete}".`);
        }
      }
      const proposedRag = proposedRagFrom(row.proposedRag);
      if (proposedRag === undefined) {
        return refuse('invalid', `Proposed RAG must be Red, Amber or Green (or blank), not "${row.proposedRag}".`);
      }
      return {
        ...base,
        outcome: 'apply',
        message: `A progress update for ${filled.period}.`,
        change: {
          narrative: row.narrative,
          percentComplete: { from: action.percentComplete, to: percent },
          proposedRag,
        },
      };
    });

    const indicatorIds = filled.indicators.map((row) => row.indicatorId).filter((id) => UUID.test(id));
    // National indicators belong to no authority; local ones to the caller's.
    const indicators = indicatorIds.length
      ? await this.indicatorsRepository.findVisibleByIds(caller.authorityId, indicatorIds, manager)
      : [];
    const links = indicatorIds.length
      ? await this.actionsRepository.linksToIndicators(caller.authorityId, indicatorIds, manager)
      : [];
    const held = indicatorIds.length
      ? await this.indicatorsRepository.measurementsFor(
          caller.authorityId,
          indicatorIds,
          [...new Set(filled.indicators.map((row) => row.period))],
          manager,
          lock,
        )
      : [];
    const ofThisPlan = new Set(links.filter((link) => link.action?.planId === plan.id).map((link) => link.indicatorId));
    const seenIndicators = new Set<string>();
    const indicatorRows: IndicatorRowPreview[] = filled.indicators.map((row) => {
      const indicator = indicators.find((candidate) => candidate.id === row.indicatorId);
      const base = {
        row: row.row,
        indicatorId: row.indicatorId,
        code: indicator?.code ?? '',
        title: indicator?.title ?? '',
        period: row.period,
        change: null,
      };
      const refuse = (outcome: IndicatorRowPreview['outcome'], message: string): IndicatorRowPreview => ({
        ...base,
        outcome,
        message,
      });
      if (!indicator || !ofThisPlan.has(indicator.id)) {
        return refuse('invalid', `Row ${row.row} is not an indicator of this plan: its hidden id was changed.`);
      }
      if (seenIndicators.has(indicator.id)) {
        return refuse('invalid', `${indicator.code} appears twice; only the first row counts.`);
      }
      seenIndicators.add(indicator.id);
      if (!row.value && !row.note) return refuse('unchanged', 'Nothing was filled in.');
      const owners = links
        .filter((link) => link.indicatorId === indicator.id)
        .map((link) => link.action?.ownerId ?? null);
      if (!mayUpdateProgressOn(caller, owners)) {
        return refuse('not_yours', `${indicator.code} belongs to actions you do not own.`);
      }
      const period = parseMeasurementPeriod(row.period, indicator.frequency);
      if (!period.ok) return refuse('invalid', `${indicator.code}: ${period.message}`);
      const current = held.find((value) => value.indicatorId === indicator.id && value.period === period.period.label);
      const currentValue = current?.value ?? null;
      if (!sameValue(currentValue, row.valueWhenMade)) {
        return refuse(
          'stale',
          `${indicator.code}'s value for ${period.period.label} was changed to ${currentValue ?? 'nothing'} after this workbook was downloaded.`,
        );
      }
      if (!row.value) return refuse('invalid', `Enter a value for ${indicator.code} as well as the note.`);
      const value = Number(row.value.replace(/,/g, ''));
      if (!Number.isFinite(value) || !withinNumeric(value, INDICATOR_NUMBER)) {
        return refuse('invalid', `${indicator.code}'s new value must be a number, not "${row.value}".`);
      }
      const note = row.note.slice(0, 2000) || null;
      if (sameValue(currentValue, String(value)) && (current?.note ?? null) === note) {
        return refuse('unchanged', `${indicator.code} already has this value for ${period.period.label}.`);
      }
      return {
        ...base,
        period: period.period.label,
        outcome: 'apply',
        message:
          currentValue === null
            ? `A value for ${period.period.label}.`
            : `Corrects the value for ${period.period.label}.`,
        change: { from: currentValue, to: String(value), note },
      };
    });

    return {
      period: reporting.period.label,
      actions: actionRows,
      indicators: indicatorRows,
      counts: countOutcomes([...actionRows, ...indicatorRows]),
    };
  }
}

/** Rows whose verdict or change is not what the preview showed. */
function differences<Row extends { row: number; outcome: string; change: unknown }>(
  before: readonly Row[],
  after: readonly Row[],
  name: (row: Row) => string,
): string[] {
  return after
    .filter((row) => {
      const earlier = before.find((candidate) => candidate.row === row.row);
      return !earlier || earlier.outcome !== row.outcome || canonical(earlier.change) !== canonical(row.change);
    })
    .map(name);
}

/** JSON with keys in order: the stored preview comes back from jsonb with its keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
