import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Database } from '../database/data-source';
import { type Caller, runWithContext } from '../common/request-context';
import { FREQUENCY_WORDS, parseMeasurementPeriod } from '../domain/periods';
import { ActionEntity } from '../plans/action.entity';
import { assertMayUpdateProgress } from '../auth/ownership';
import { ActionIndicatorEntity } from './action-indicator.entity';
import { CHILDRENS_SOCIAL_CARE_MEASURES } from './catalogue/childrens-social-care-measures';
import { NATIONAL_INDICATORS_2008 } from './catalogue/national-indicators-2008';
import { IndicatorEntity } from './indicator.entity';
import type { CreateIndicatorDto, RecordMeasurementDto } from './indicators.dto';
import { MeasurementEntity } from './measurement.entity';

/**
 * The indicator catalogue (national entries shared by every authority, plus each authority's own)
 * and the values measured against it.
 */
@Injectable()
export class IndicatorsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly database: Database,
  ) {}

  /**
   * Adds any national catalogue entry the database lacks; existing entries are left as they are.
   * Skipped while migrations are pending (MIGRATIONS_RUN=false): the next start adds them.
   */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.database.health()).migrations !== 'current') return;
    await runWithContext({ requestId: null, caller: null, systemActor: 'system: national indicator catalogue' }, () =>
      this.dataSource.transaction((manager) => this.syncNationalCatalogue(manager)),
    );
  }

  /**
   * Both national catalogues, shared by every authority: the National Indicator Set 2008 for JAR and
   * APA plans and today's children's social care measures (with their definitions) for SIF and ILACS
   * plans. The breakdown offers each plan only the catalogue of its inspection's era.
   */
  async syncNationalCatalogue(manager: EntityManager): Promise<number> {
    const existing = new Set(
      (
        await manager.getRepository(IndicatorEntity).find({ where: { authorityId: IsNull() }, select: { code: true } })
      ).map((indicator) => indicator.code),
    );
    const entries = [
      ...NATIONAL_INDICATORS_2008.map((entry) => ({ ...entry, definition: null })),
      ...CHILDRENS_SOCIAL_CARE_MEASURES.map(({ publication: _publication, ...entry }) => entry),
    ];
    const missing = entries.filter((entry) => !existing.has(entry.code));
    if (missing.length) {
      await manager.save(missing.map((entry) => manager.create(IndicatorEntity, { ...entry, authorityId: null })));
    }
    return missing.length;
  }

  /** The national catalogue and the caller's authority's own indicators, national first. */
  list(
    caller: Pick<Caller, 'authorityId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IndicatorEntity[]> {
    return manager
      .getRepository(IndicatorEntity)
      .createQueryBuilder('indicator')
      .where('indicator.authorityId IS NULL OR indicator.authorityId = :authorityId', {
        authorityId: caller.authorityId,
      })
      .orderBy('indicator.authorityId IS NOT NULL')
      .addOrderBy("regexp_replace(indicator.code, '[0-9].*$', '')")
      .addOrderBy("coalesce(nullif(regexp_replace(indicator.code, '[^0-9]', '', 'g'), ''), '0')::int")
      .addOrderBy('indicator.code')
      .getMany();
  }

  async get(caller: Caller, id: string, manager: EntityManager = this.dataSource.manager): Promise<IndicatorEntity> {
    const indicator = await manager
      .getRepository(IndicatorEntity)
      .createQueryBuilder('indicator')
      .where('indicator.id = :id', { id })
      .andWhere('(indicator.authorityId IS NULL OR indicator.authorityId = :authorityId)', {
        authorityId: caller.authorityId,
      })
      .getOne();
    if (!indicator) throw DomainError.notFound('The indicator');
    return indicator;
  }

  async createLocal(caller: Caller, input: CreateIndicatorDto): Promise<IndicatorEntity> {
    return this.dataSource.transaction((manager) => this.insertLocal(manager, caller.authorityId, input));
  }

  /** A local indicator, refused when its code is already used by the authority or the catalogue. */
  async insertLocal(
    manager: EntityManager,
    authorityId: string,
    input: Omit<CreateIndicatorDto, 'source'> & { source?: string },
  ): Promise<IndicatorEntity> {
    const code = input.code.trim();
    const clash = await manager
      .getRepository(IndicatorEntity)
      .createQueryBuilder('indicator')
      .where('lower(indicator.code) = lower(:code)', { code })
      .andWhere('(indicator.authorityId IS NULL OR indicator.authorityId = :authorityId)', { authorityId })
      .getOne();
    if (clash) {
      throw new DomainError(ErrorCode.Conflict, `The code ${code} is already used by "${clash.title}".`, {
        field: 'code',
        indicatorId: clash.id,
      });
    }
    return manager.save(
      manager.create(IndicatorEntity, {
        authorityId,
        code,
        title: input.title.trim(),
        unit: input.unit.trim(),
        polarity: input.polarity,
        frequency: input.frequency,
        source: input.source?.trim() || 'Defined by the authority.',
      }),
    );
  }

  listMeasurements(caller: Caller, indicatorId: string): Promise<MeasurementEntity[]> {
    return this.dataSource.getRepository(MeasurementEntity).find({
      where: { authorityId: caller.authorityId, indicatorId },
      order: { periodEnd: 'ASC' },
    });
  }

  /**
   * One value per indicator and period: a second value for the same period corrects the first
   * (the audit trail keeps both). Owners may enter values only for indicators of their own actions.
   */
  async recordMeasurement(
    caller: Caller,
    indicatorId: string,
    input: RecordMeasurementDto,
  ): Promise<{ measurement: MeasurementEntity; created: boolean }> {
    return this.dataSource.transaction((manager) => this.recordMeasurementWith(manager, caller, indicatorId, input));
  }

  /** The same, inside the caller's transaction: an owner's update records its values with it, or none. */
  async recordMeasurementWith(
    manager: EntityManager,
    caller: Caller,
    indicatorId: string,
    input: RecordMeasurementDto,
  ): Promise<{ measurement: MeasurementEntity; created: boolean }> {
    const indicator = await this.get(caller, indicatorId, manager);
    const period = parseMeasurementPeriod(input.period.trim(), indicator.frequency);
    if (!period.ok) {
      throw new DomainError(
        ErrorCode.Invalid,
        `${indicator.code} is measured ${FREQUENCY_WORDS[indicator.frequency]}: ${period.message}`,
        [{ field: 'period', messages: [period.message] }],
      );
    }
    const owners = await manager
      .getRepository(ActionEntity)
      .createQueryBuilder('action')
      .innerJoin(ActionIndicatorEntity, 'link', 'link.actionId = action.id')
      .where('link.indicatorId = :indicatorId AND action.authorityId = :authorityId', {
        indicatorId,
        authorityId: caller.authorityId,
      })
      .select('action.ownerId', 'ownerId')
      .getRawMany<{ ownerId: string | null }>();
    assertMayUpdateProgress(
      caller,
      owners.map((row) => row.ownerId),
      `enter values for ${indicator.code}`,
    );

    const repository = manager.getRepository(MeasurementEntity);
    const existing = await repository.findOne({
      where: { authorityId: caller.authorityId, indicatorId, period: period.period.label },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) {
      existing.value = input.value;
      existing.note = input.note?.trim() || null;
      existing.enteredById = caller.userId;
      return { measurement: await repository.save(existing), created: false };
    }
    const measurement = await repository.save(
      repository.create({
        authorityId: caller.authorityId,
        indicatorId,
        period: period.period.label,
        periodEnd: period.period.end,
        value: input.value,
        note: input.note?.trim() || null,
        enteredById: caller.userId,
      }),
    );
    return { measurement, created: true };
  }
}
