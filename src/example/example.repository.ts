import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { ThemeLeadEntity } from '../authorities/theme-lead.entity';
import { UserEntity } from '../users/user.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MeasurementEntity } from '../indicators/measurement.entity';
import { ActionEntity } from '../plans/action.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { ProgressUpdateEntity } from '../plans/progress-update.entity';
import type { Caller } from '../common/request-context';
import { writeInspection } from '../inspections/drafts.repository';
import { parseInspectionText } from '../inspections/ingest/parse-inspection';
import { PlansService } from '../plans/plans.service';
import type { ExampleData } from './example-data';
import { reviewImport, reviewProposal } from './example-review';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
  ) {}

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

    // The inspection, as the import reads the council's paper and a clerk confirms it.
    const content = reviewImport(data, parseInspectionText(source.text));
    const clerk = data.users.find((user) => user.role === 'clerk');
    const inspectionId = await writeInspection(
      manager,
      authorityId,
      {
        fileName: data.inspection.sourceFile,
        mediaType: data.inspection.mediaType,
        byteSize: source.bytes.length,
        sha256: createHash('sha256').update(source.bytes).digest('hex'),
        content: source.bytes,
        extractedText: source.text,
      },
      content,
      {
        fieldworkStart: data.inspection.fieldworkStart,
        fieldworkEnd: data.inspection.fieldworkEnd,
        publishedOn: data.inspection.publishedOn,
      },
      clerk ? userId(clerk.email) : null,
    );

    const indicators = new Map<string, string>();
    for (const indicator of data.indicators) {
      indicators.set(indicator.code, await this.indicatorId(manager, authorityId, indicator));
    }

    // The plan, as the breakdown proposes it and a clerk edits it.
    const caller = { authorityId } as Caller;
    const proposal = await this.plans.previewWith(manager, caller, { inspectionId, startDate: data.plan.startDate });
    const actionInputs = reviewProposal(data, proposal.actions, {
      user: (email) => userId(email),
      partner: (key) => partnerId(key),
    });
    const planId = await this.plans.createWith(manager, authorityId, {
      inspectionId,
      reference: data.plan.reference,
      title: data.plan.title,
      startDate: data.plan.startDate,
      reportReceivedOn: data.plan.reportReceivedOn,
      reportingFrequency: 'quarterly',
      actions: actionInputs,
    });
    const plan = await manager.getRepository(ImprovementPlanEntity).findOneByOrFail({ id: planId });
    if (data.plan.status !== 'draft') {
      Object.assign(plan, {
        status: data.plan.status,
        endorsedBy: data.plan.endorsedBy,
        endorsedOn: data.plan.endorsedOn,
      });
      await manager.save(plan);
    }

    const actions = new Map<string, { id: string; ownerId: string | null }>();
    for (const action of data.actions) {
      const saved = await manager.getRepository(ActionEntity).findOneByOrFail({ planId, reference: action.reference });
      actions.set(action.reference, { id: saved.id, ownerId: saved.ownerId });
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

  /**
   * National indicators are shared by every authority: the catalogue entry is used when the
   * shipped catalogue has the code. A code it lacks (its title could not be checked against a public
   * source) becomes one of Halton's own indicators, as the council reported it.
   */
  private async indicatorId(
    manager: EntityManager,
    authorityId: string,
    indicator: ExampleData['indicators'][number],
  ): Promise<string> {
    if (!indicator.local) {
      const national = await manager
        .getRepository(IndicatorEntity)
        .findOneBy({ code: indicator.code, authorityId: IsNull() });
      if (national) return national.id;
    }
    const saved = await manager.save(
      manager.create(IndicatorEntity, {
        authorityId,
        code: indicator.code,
        title: indicator.title,
        unit: indicator.unit,
        polarity: indicator.polarity,
        frequency: indicator.frequency,
        source: indicator.local
          ? indicator.source
          : `${indicator.source}; recorded by the council under this code (not in the shipped national catalogue).`,
      }),
    );
    return saved.id;
  }
}
