import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { ThemeLeadEntity } from '../authorities/theme-lead.entity';
import { UserEntity } from '../authorities/user.entity';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MeasurementEntity } from '../indicators/measurement.entity';
import { InspectionEntity } from '../inspections/inspection.entity';
import { JudgementEntity } from '../inspections/judgement.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { SourceDocumentEntity } from '../inspections/source-document.entity';
import { ActionEntity } from '../plans/action.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { MilestoneEntity } from '../plans/milestone.entity';
import { ProgressUpdateEntity } from '../plans/progress-update.entity';
import type { ExampleData } from './example-data';

export interface ExampleSource {
  bytes: Buffer;
  text: string;
}

function required<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The example data names ${what} "${key}", which it does not define.`);
  return value;
}

/** Writes an example data set, all of it or nothing, in one transaction. */
@Injectable()
export class ExampleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasAuthority(onsCode: string): Promise<boolean> {
    return this.dataSource.getRepository(AuthorityEntity).existsBy({ onsCode });
  }

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(AuthorityEntity).count()) === 0;
  }

  /** Returns the new authority's id. */
  load(data: ExampleData, source: ExampleSource, passwordHashes: Map<string, string>): Promise<string> {
    return this.dataSource.transaction((manager) => this.insert(manager, data, source, passwordHashes));
  }

  private async insert(
    manager: EntityManager,
    data: ExampleData,
    source: ExampleSource,
    passwordHashes: Map<string, string>,
  ): Promise<string> {
    const authority = await manager.save(manager.create(AuthorityEntity, data.authority));
    const authorityId = authority.id;

    const partners = new Map<string, string>();
    for (const partner of data.partners) {
      const saved = await manager.save(
        manager.create(PartnerOrganisationEntity, { authorityId, name: partner.name, kind: partner.kind }),
      );
      partners.set(partner.key, saved.id);
    }
    const partnerId = (key: string | null) => (key === null ? null : required(partners, key, 'partner'));

    const users = new Map<string, string>();
    for (const user of data.users) {
      const saved = await manager.save(
        manager.create(UserEntity, {
          authorityId,
          partnerOrganisationId: partnerId(user.partnerKey),
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          passwordHash: passwordHashes.get(user.email) ?? null,
          active: true,
        }),
      );
      users.set(user.email, saved.id);
    }
    const userId = (email: string | null) => (email === null ? null : required(users, email, 'user'));

    for (const lead of data.themeLeads) {
      await manager.save(
        manager.create(ThemeLeadEntity, {
          authorityId,
          theme: lead.theme,
          userId: userId(lead.userEmail),
          leadName: lead.leadName,
          leadTitle: lead.leadTitle,
          partnerOrganisationId: partnerId(lead.partnerKey),
        }),
      );
    }

    const document = await manager.save(
      manager.create(SourceDocumentEntity, {
        authorityId,
        fileName: data.inspection.sourceFile,
        mediaType: data.inspection.mediaType,
        byteSize: source.bytes.length,
        sha256: createHash('sha256').update(source.bytes).digest('hex'),
        content: source.bytes,
        extractedText: source.text,
      }),
    );
    const clerk = data.users.find((user) => user.role === 'clerk');
    const inspection = await manager.save(
      manager.create(InspectionEntity, {
        authorityId,
        kind: data.inspection.kind,
        title: data.inspection.title,
        inspectorate: data.inspection.inspectorate,
        fieldworkStart: data.inspection.fieldworkStart,
        fieldworkEnd: data.inspection.fieldworkEnd,
        publishedOn: data.inspection.publishedOn,
        sourceDocumentId: document.id,
        confirmedById: clerk ? userId(clerk.email) : null,
      }),
    );
    const inspectionId = inspection.id;

    await manager.save(
      data.judgements.map((judgement, index) =>
        manager.create(JudgementEntity, {
          authorityId,
          inspectionId,
          position: index + 1,
          areaKey: judgement.areaKey,
          label: judgement.label,
          gradePublished: judgement.gradePublished,
          grade: judgement.grade,
          level: judgement.level,
          scored: judgement.scored,
          summary: judgement.summary,
          lineFrom: judgement.lines[0],
          lineTo: judgement.lines[1],
        }),
      ),
    );

    const recommendations = new Map<string, string>();
    for (const [index, recommendation] of data.recommendations.entries()) {
      const saved = await manager.save(
        manager.create(RecommendationEntity, {
          authorityId,
          inspectionId,
          position: index + 1,
          text: recommendation.text,
          kind: recommendation.kind,
          timescale: recommendation.timescale,
          addressee: recommendation.addressee,
          judgementAreaKey: recommendation.judgementAreaKey,
          lineFrom: recommendation.lines[0],
          lineTo: recommendation.lines[1],
        }),
      );
      recommendations.set(recommendation.key, saved.id);
    }

    const plan = await manager.save(manager.create(ImprovementPlanEntity, { authorityId, inspectionId, ...data.plan }));

    const indicators = new Map<string, string>();
    for (const indicator of data.indicators) {
      indicators.set(indicator.code, await this.indicatorId(manager, authorityId, indicator));
    }

    const actions = new Map<string, { id: string; ownerId: string | null }>();
    for (const action of data.actions) {
      const ownerId = userId(action.ownerEmail);
      const saved = await manager.save(
        manager.create(ActionEntity, {
          authorityId,
          planId: plan.id,
          recommendationId: required(recommendations, action.recommendationKey, 'recommendation'),
          reference: action.reference,
          title: action.title,
          description: action.description,
          kind: action.kind,
          judgementAreaKey: action.judgementAreaKey,
          ecmOutcome: action.ecmOutcome,
          ownerId,
          leadPartnerId: partnerId(action.leadPartnerKey),
          startDate: action.startDate,
          dueDate: action.dueDate,
          status: action.status,
          percentComplete: action.percentComplete,
        }),
      );
      actions.set(action.reference, { id: saved.id, ownerId });
      await manager.save(
        action.milestones.map((milestone) =>
          manager.create(MilestoneEntity, { authorityId, actionId: saved.id, ...milestone }),
        ),
      );
      await manager.save(
        action.indicators.map((link) =>
          manager.create(ActionIndicatorEntity, {
            authorityId,
            actionId: saved.id,
            indicatorId: required(indicators, link.code, 'indicator'),
            baselineValue: link.baselineValue,
            baselinePeriod: link.baselinePeriod,
            targetValue: link.targetValue,
            targetDate: link.targetDate,
            toleranceKind: link.toleranceKind,
            toleranceValue: link.toleranceValue,
          }),
        ),
      );
    }

    const enteredBy = new Map<string, string | null>();
    for (const action of data.actions) {
      for (const link of action.indicators) {
        if (!enteredBy.has(link.code)) enteredBy.set(link.code, userId(action.ownerEmail));
      }
    }
    await manager.save(
      data.measurements.map((measurement) =>
        manager.create(MeasurementEntity, {
          authorityId,
          indicatorId: required(indicators, measurement.code, 'indicator'),
          period: measurement.period,
          periodEnd: measurement.periodEnd,
          value: measurement.value,
          note: measurement.note,
          enteredById: enteredBy.get(measurement.code) ?? null,
        }),
      ),
    );

    await manager.save(
      data.updates.map((update) =>
        manager.create(ProgressUpdateEntity, {
          authorityId,
          actionId: required(actions, update.actionReference, 'action').id,
          authorId: required(users, update.authorEmail, 'user'),
          period: update.period,
          narrative: update.narrative,
          percentComplete: update.percentComplete,
          proposedRag: update.proposedRag,
          createdAt: new Date(update.createdAt),
        }),
      ),
    );
    return authorityId;
  }

  /** National indicators are shared by every authority: reuse the catalogue entry when present. */
  private async indicatorId(
    manager: EntityManager,
    authorityId: string,
    indicator: ExampleData['indicators'][number],
  ): Promise<string> {
    const owner = indicator.local ? authorityId : null;
    const existing = await manager
      .getRepository(IndicatorEntity)
      .findOneBy({ code: indicator.code, authorityId: owner ?? IsNull() });
    if (existing) return existing.id;
    const saved = await manager.save(
      manager.create(IndicatorEntity, {
        authorityId: owner,
        code: indicator.code,
        title: indicator.title,
        unit: indicator.unit,
        polarity: indicator.polarity,
        frequency: indicator.frequency,
        source: indicator.source,
      }),
    );
    return saved.id;
  }
}
