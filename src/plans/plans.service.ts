import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { type Transaction, Transactions } from '../database/transaction';
import { londonToday } from '../domain/periods';
import { inspectedOnOf } from '../frameworks/inspection-framework';
import { IndicatorsRepository } from '../indicators/indicators.repository';
import { IndicatorsService } from '../indicators/indicators.service';
import type { InspectionEntity } from '../inspections/inspection.entity';
import { ActionsRepository } from './actions.repository';
import { type PlanProposal, breakDown } from './breakdown/breakdown';
import { clockOf } from '../clock/plan-clock';
import type { CreatePlanDto, PreviewPlanDto, UpdatePlanDto } from './plan-input.dto';
import { PlanWriter } from './plan-writer';
import { type PlanDto, type PlanSummaryDto, toPlanDto, toPlanSummaryDto } from './plans.dto';
import { PlansRepository } from './plans.repository';
import { assertVersion } from './versioning';

const NEXT_STATUS: Record<string, string[]> = { draft: ['endorsed'], endorsed: ['closed', 'draft'], closed: [] };

@Injectable()
export class PlansService {
  constructor(
    private readonly repository: PlansRepository,
    private readonly actions: ActionsRepository,
    private readonly indicatorsRepository: IndicatorsRepository,
    private readonly transactions: Transactions,
    private readonly indicators: IndicatorsService,
  ) {}

  async list(caller: Caller): Promise<PlanSummaryDto[]> {
    return (await this.repository.list(caller.authorityId)).map((plan) =>
      toPlanSummaryDto(plan, clockOf(plan, londonToday())),
    );
  }

  async get(caller: Caller, id: string): Promise<PlanDto> {
    const plan = await this.repository.findById(caller.authorityId, id);
    if (!plan) throw DomainError.notFound('The improvement plan');
    const actions = await this.repository.actionsOf(caller.authorityId, id);
    return toPlanDto(
      plan,
      actions,
      clockOf(plan, londonToday()),
      await this.repository.indicatorLinksOf(caller.authorityId, id),
    );
  }

  private async confirmedInspection(
    manager: Transaction | undefined,
    caller: Pick<Caller, 'authorityId'>,
    id: string,
  ): Promise<InspectionEntity> {
    const inspection = await this.repository.findInspection(caller.authorityId, id, manager);
    if (!inspection) throw DomainError.notFound('The inspection');
    return inspection;
  }

  /** The breakdown's proposal for an inspection: nothing is stored. */
  preview(caller: Caller, input: PreviewPlanDto): Promise<PlanProposal> {
    return this.previewWith(undefined, caller, input);
  }

  async previewWith(
    manager: Transaction | undefined,
    caller: Pick<Caller, 'authorityId'>,
    input: PreviewPlanDto,
  ): Promise<PlanProposal> {
    const inspection = await this.confirmedInspection(manager, caller, input.inspectionId);
    // One after another: inside a transaction the manager holds a single connection.
    const judgements = await this.repository.judgementsOf(caller.authorityId, input.inspectionId, manager);
    const recommendations = await this.repository.recommendationsOf(caller.authorityId, input.inspectionId, manager);
    const leads = await this.repository.themeLeadsOf(caller.authorityId, manager);
    const catalogue = await this.indicators.list(caller, manager);
    if (!recommendations.length) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        'This inspection has no recommendations to break down into actions.',
      );
    }
    return breakDown({
      planStart: input.startDate,
      framework: inspection.framework,
      inspectedOn: inspectedOnOf(inspection),
      judgementGrades: Object.fromEntries(judgements.map((judgement) => [judgement.areaKey, judgement.grade])),
      judgementAreas: judgements.map((judgement) => judgement.areaKey),
      recommendations: recommendations.map((recommendation) => ({
        id: recommendation.id,
        position: recommendation.position,
        text: recommendation.text,
        kind: recommendation.kind,
        timescale: recommendation.timescale,
        judgementAreaKey: recommendation.judgementAreaKey,
      })),
      catalogue: catalogue.map((indicator) => ({
        code: indicator.code,
        title: indicator.title,
        local: indicator.authorityId !== null,
      })),
      themeLeads: leads.map((lead) => ({
        theme: lead.theme,
        userId: lead.userId,
        leadName: lead.leadName,
        partnerId: lead.partnerOrganisationId,
      })),
    });
  }

  /** The plan and all its actions, milestones and indicators, in one transaction. */
  async create(caller: Caller, input: CreatePlanDto): Promise<string> {
    return this.transactions.withTransaction((transaction) => this.createWith(transaction, caller.authorityId, input));
  }

  async createWith(manager: Transaction, authorityId: string, input: CreatePlanDto): Promise<string> {
    const inspection = await this.repository.findInspection(authorityId, input.inspectionId, manager);
    if (!inspection) throw DomainError.notFound('The inspection');
    if (await this.repository.referenceTaken(authorityId, input.reference, manager)) {
      throw new DomainError(ErrorCode.Conflict, `There is already a plan with the reference ${input.reference}.`, [
        { field: 'reference', messages: ['Choose another reference.'] },
      ]);
    }
    const recommendations = await this.repository.recommendationsOf(authorityId, inspection.id, manager);
    const references = new Set<string>();
    for (const [index, action] of input.actions.entries()) {
      if (references.has(action.reference)) {
        throw DomainError.invalid(`Two actions have the reference ${action.reference}.`, `actions[${index}].reference`);
      }
      references.add(action.reference);
      if (!recommendations.some((recommendation) => recommendation.id === action.recommendationId)) {
        throw DomainError.invalid(
          `Action ${action.reference} names a recommendation that is not one of this inspection's.`,
          `actions[${index}].recommendationId`,
        );
      }
    }
    const unserved = recommendations.filter(
      (recommendation) => !input.actions.some((action) => action.recommendationId === recommendation.id),
    );
    if (unserved.length) {
      throw new DomainError(
        ErrorCode.Invalid,
        `Every recommendation needs at least one action; ${unserved.length} ${unserved.length === 1 ? 'has' : 'have'} none: ${unserved.map((item) => `"${item.text.slice(0, 80)}"`).join('; ')}.`,
        unserved.map((item) => ({ field: 'actions', messages: [`No action serves recommendation ${item.position}.`] })),
      );
    }
    const writer = new PlanWriter(
      { actions: this.actions, indicators: this.indicatorsRepository },
      manager,
      authorityId,
    );
    await writer.assertPeople(
      input.actions.map((action) => action.ownerId),
      input.actions.map((action) => action.leadPartnerId),
      'actions[].',
    );
    const authority = await this.repository.findAuthority(authorityId, manager);
    const plan = await this.repository.insertPlan(
      {
        authorityId,
        inspectionId: inspection.id,
        reference: input.reference,
        title: input.title.trim(),
        startDate: input.startDate,
        reportReceivedOn: input.reportReceivedOn ?? null,
        reportingFrequency: input.reportingFrequency ?? authority?.reportingFrequency ?? 'quarterly',
      },
      manager,
    );
    for (const [index, action] of input.actions.entries()) {
      if (action.localIndicator) {
        const local = await this.indicators.insertLocal(manager, authorityId, {
          ...action.localIndicator,
          source: `Defined by the authority for action ${action.reference} of ${input.reference}.`,
        });
        writer.remember(local.code, local.id);
        if (!(action.indicators ?? []).some((link) => link.code.toLowerCase() === local.code.toLowerCase())) {
          action.indicators = [...(action.indicators ?? []), { code: local.code }];
        }
      }
      await writer.insertAction(plan.id, action, `actions[${index}].`);
    }
    return plan.id;
  }

  async update(caller: Caller, id: string, input: UpdatePlanDto, ifMatch: string | undefined): Promise<PlanDto> {
    await this.transactions.withTransaction(async (manager) => {
      const plan = await this.repository.findPlan(caller.authorityId, id, manager, true);
      if (!plan) throw DomainError.notFound('The improvement plan');
      assertVersion('plan', plan.version, input.version, ifMatch);
      if (input.reference !== undefined && input.reference !== plan.reference) {
        if (await this.repository.referenceTaken(caller.authorityId, input.reference, manager)) {
          throw new DomainError(ErrorCode.Conflict, `There is already a plan with the reference ${input.reference}.`, [
            { field: 'reference', messages: ['Choose another reference.'] },
          ]);
        }
        plan.reference = input.reference;
      }
      if (input.title !== undefined) plan.title = input.title.trim();
      if (input.startDate !== undefined) plan.startDate = input.startDate;
      if (input.reportReceivedOn !== undefined) plan.reportReceivedOn = input.reportReceivedOn;
      if (input.sentToInspectorateOn !== undefined) plan.sentToInspectorateOn = input.sentToInspectorateOn;
      if (input.draftSentOn !== undefined) plan.draftSentOn = input.draftSentOn;
      if (plan.draftSentOn && plan.reportReceivedOn && plan.draftSentOn < plan.reportReceivedOn) {
        throw DomainError.invalid(
          'The draft cannot have been sent to the inspectorate before the report was received.',
          'draftSentOn',
        );
      }
      if (plan.sentToInspectorateOn && plan.reportReceivedOn && plan.sentToInspectorateOn < plan.reportReceivedOn) {
        throw DomainError.invalid(
          'The plan cannot have been sent to the inspectorate before the report was received.',
          'sentToInspectorateOn',
        );
      }
      if (input.reportingFrequency !== undefined) plan.reportingFrequency = input.reportingFrequency;
      if (input.status !== undefined && input.status !== plan.status) {
        if (!NEXT_STATUS[plan.status].includes(input.status)) {
          throw DomainError.invalid(`A ${plan.status} plan cannot become ${input.status}.`, 'status');
        }
        if (input.status === 'endorsed') {
          if (!input.endorsedBy || !input.endorsedOn) {
            throw DomainError.invalid(
              'Say which committee endorsed the plan and when (endorsedBy and endorsedOn).',
              'endorsedBy',
            );
          }
          plan.endorsedBy = input.endorsedBy.trim();
          plan.endorsedOn = input.endorsedOn;
        }
        if (input.status === 'draft') {
          plan.endorsedBy = null;
          plan.endorsedOn = null;
        }
        plan.status = input.status;
      } else if (input.endorsedBy !== undefined || input.endorsedOn !== undefined) {
        if (plan.status === 'draft') {
          throw DomainError.invalid('A draft plan has no endorsement: set status to endorsed with it.', 'endorsedBy');
        }
        if (input.endorsedBy !== undefined) plan.endorsedBy = input.endorsedBy.trim();
        if (input.endorsedOn !== undefined) plan.endorsedOn = input.endorsedOn;
      }
      await this.repository.savePlan(plan, manager);
    });
    return this.get(caller, id);
  }
}
