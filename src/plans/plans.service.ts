import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { ThemeLeadEntity } from '../authorities/theme-lead.entity';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { inspectedOnOf } from '../frameworks/inspection-framework';
import { IndicatorsService } from '../indicators/indicators.service';
import { InspectionEntity } from '../inspections/inspection.entity';
import { JudgementEntity } from '../inspections/judgement.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { type PlanProposal, breakDown } from './breakdown/breakdown';
import { clockOf } from '../clock/clock-of';
import { ImprovementPlanEntity } from './improvement-plan.entity';
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
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
  ) {}

  async list(caller: Caller): Promise<PlanSummaryDto[]> {
    return (await this.repository.list(caller.authorityId)).map((plan) => toPlanSummaryDto(plan, clockOf(plan)));
  }

  async get(caller: Caller, id: string): Promise<PlanDto> {
    const plan = await this.repository.findById(caller.authorityId, id);
    if (!plan) throw DomainError.notFound('The improvement plan');
    const actions = await this.repository.actionsOf(caller.authorityId, id);
    return toPlanDto(plan, actions, clockOf(plan), await this.repository.indicatorLinksOf(caller.authorityId, id));
  }

  private async confirmedInspection(
    manager: EntityManager,
    caller: Pick<Caller, 'authorityId'>,
    id: string,
  ): Promise<InspectionEntity> {
    const inspection = await manager.getRepository(InspectionEntity).findOneBy({ id, authorityId: caller.authorityId });
    if (!inspection) throw DomainError.notFound('The inspection');
    return inspection;
  }

  /** The breakdown's proposal for an inspection: nothing is stored. */
  preview(caller: Caller, input: PreviewPlanDto): Promise<PlanProposal> {
    return this.previewWith(this.dataSource.manager, caller, input);
  }

  async previewWith(
    manager: EntityManager,
    caller: Pick<Caller, 'authorityId'>,
    input: PreviewPlanDto,
  ): Promise<PlanProposal> {
    const inspection = await this.confirmedInspection(manager, caller, input.inspectionId);
    const where = { authorityId: caller.authorityId, inspectionId: input.inspectionId };
    // One after another: inside a transaction the manager holds a single connection.
    const judgements = await manager.getRepository(JudgementEntity).find({ where });
    const recommendations = await manager
      .getRepository(RecommendationEntity)
      .find({ where, order: { position: 'ASC' } });
    const leads = await manager.getRepository(ThemeLeadEntity).find({ where: { authorityId: caller.authorityId } });
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
    return this.dataSource.transaction((manager) => this.createWith(manager, caller.authorityId, input));
  }

  async createWith(manager: EntityManager, authorityId: string, input: CreatePlanDto): Promise<string> {
    const inspection = await manager.getRepository(InspectionEntity).findOneBy({ id: input.inspectionId, authorityId });
    if (!inspection) throw DomainError.notFound('The inspection');
    const plans = manager.getRepository(ImprovementPlanEntity);
    if (await plans.existsBy({ authorityId, reference: input.reference })) {
      throw new DomainError(ErrorCode.Conflict, `There is already a plan with the reference ${input.reference}.`, [
        { field: 'reference', messages: ['Choose another reference.'] },
      ]);
    }
    const recommendations = await manager
      .getRepository(RecommendationEntity)
      .find({ where: { authorityId, inspectionId: inspection.id }, order: { position: 'ASC' } });
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
    const writer = new PlanWriter(manager, authorityId);
    await writer.assertPeople(
      input.actions.map((action) => action.ownerId),
      input.actions.map((action) => action.leadPartnerId),
      'actions[].',
    );
    const authority = await manager.getRepository(AuthorityEntity).findOneBy({ id: authorityId });
    const plan = await plans.save(
      plans.create({
        authorityId,
        inspectionId: inspection.id,
        reference: input.reference,
        title: input.title.trim(),
        startDate: input.startDate,
        reportReceivedOn: input.reportReceivedOn ?? null,
        reportingFrequency: input.reportingFrequency ?? authority?.reportingFrequency ?? 'quarterly',
      }),
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
    await this.dataSource.transaction(async (manager) => {
      const plans = manager.getRepository(ImprovementPlanEntity);
      const plan = await plans.findOne({
        where: { id, authorityId: caller.authorityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) throw DomainError.notFound('The improvement plan');
      assertVersion('plan', plan.version, input.version, ifMatch);
      if (input.reference !== undefined && input.reference !== plan.reference) {
        if (await plans.existsBy({ authorityId: caller.authorityId, reference: input.reference })) {
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
      await plans.save(plan);
    });
    return this.get(caller, id);
  }
}
