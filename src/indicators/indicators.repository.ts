import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import type { Transaction } from '../database/transaction';
import { ActionEntity } from '../plans/action.entity';
import { ActionIndicatorEntity } from './action-indicator.entity';
import { IndicatorEntity } from './indicator.entity';
import { MeasurementEntity } from './measurement.entity';

/**
 * Indicators (the national catalogue, shared, and each authority's own) and their measured values.
 * Every query of an authority's rows is filtered by it; national entries belong to no authority.
 */
@Injectable()
export class IndicatorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(transaction?: Transaction): Transaction {
    return transaction ?? this.dataSource.manager;
  }

  async nationalCodes(transaction?: Transaction): Promise<Set<string>> {
    const rows = await this.manager(transaction)
      .getRepository(IndicatorEntity)
      .find({ where: { authorityId: IsNull() }, select: { code: true } });
    return new Set(rows.map((indicator) => indicator.code));
  }

  async insertMany(indicators: Partial<IndicatorEntity>[], transaction?: Transaction): Promise<void> {
    const manager = this.manager(transaction);
    await manager.save(indicators.map((indicator) => manager.create(IndicatorEntity, indicator)));
  }

  insert(indicator: Partial<IndicatorEntity>, transaction?: Transaction): Promise<IndicatorEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(IndicatorEntity, indicator));
  }

  /** The national catalogue and the authority's own indicators, national first, in code order. */
  list(authorityId: string, transaction?: Transaction): Promise<IndicatorEntity[]> {
    return this.manager(transaction)
      .getRepository(IndicatorEntity)
      .createQueryBuilder('indicator')
      .where('indicator.authorityId IS NULL OR indicator.authorityId = :authorityId', { authorityId })
      .orderBy('indicator.authorityId IS NOT NULL')
      .addOrderBy("regexp_replace(indicator.code, '[0-9].*$', '')")
      .addOrderBy("coalesce(nullif(regexp_replace(indicator.code, '[^0-9]', '', 'g'), ''), '0')::int")
      .addOrderBy('indicator.code')
      .getMany();
  }

  /** A national indicator or one of the authority's own. */
  findVisible(authorityId: string, id: string, transaction?: Transaction): Promise<IndicatorEntity | null> {
    return this.manager(transaction)
      .getRepository(IndicatorEntity)
      .createQueryBuilder('indicator')
      .where('indicator.id = :id', { id })
      .andWhere('(indicator.authorityId IS NULL OR indicator.authorityId = :authorityId)', { authorityId })
      .getOne();
  }

  /** Any indicator the authority can see whose code is `code`, whatever its case. */
  findVisibleByCode(authorityId: string, code: string, transaction?: Transaction): Promise<IndicatorEntity | null> {
    return this.manager(transaction)
      .getRepository(IndicatorEntity)
      .createQueryBuilder('indicator')
      .where('lower(indicator.code) = lower(:code)', { code })
      .andWhere('(indicator.authorityId IS NULL OR indicator.authorityId = :authorityId)', { authorityId })
      .getOne();
  }

  /** The authority's own indicator with the code (lower case), else the national one. */
  async findByCodePreferringLocal(
    authorityId: string,
    key: string,
    transaction?: Transaction,
  ): Promise<IndicatorEntity | null> {
    const repository = this.manager(transaction).getRepository(IndicatorEntity);
    return (
      (await repository
        .createQueryBuilder('indicator')
        .where('lower(indicator.code) = :key AND indicator.authorityId = :authorityId', { key, authorityId })
        .getOne()) ??
      (await repository
        .createQueryBuilder('indicator')
        .where('lower(indicator.code) = :key AND indicator.authorityId IS NULL', { key })
        .getOne())
    );
  }

  /** National indicators and the authority's own among `ids`. */
  findVisibleByIds(authorityId: string, ids: string[], transaction?: Transaction): Promise<IndicatorEntity[]> {
    return this.manager(transaction)
      .getRepository(IndicatorEntity)
      .find({
        where: [
          { id: In(ids), authorityId },
          { id: In(ids), authorityId: IsNull() },
        ],
      });
  }

  async frequenciesOf(ids: string[], transaction?: Transaction): Promise<Map<string, IndicatorEntity['frequency']>> {
    const rows = await this.manager(transaction)
      .getRepository(IndicatorEntity)
      .find({ select: { id: true, frequency: true }, where: { id: In(ids) } });
    return new Map(rows.map((indicator) => [indicator.id, indicator.frequency]));
  }

  /** The owners of the authority's actions that use the indicator. */
  async ownersOfActionsUsing(
    authorityId: string,
    indicatorId: string,
    transaction?: Transaction,
  ): Promise<(string | null)[]> {
    const rows = await this.manager(transaction)
      .getRepository(ActionEntity)
      .createQueryBuilder('action')
      .innerJoin(ActionIndicatorEntity, 'link', 'link.actionId = action.id')
      .where('link.indicatorId = :indicatorId AND action.authorityId = :authorityId', { indicatorId, authorityId })
      .select('action.ownerId', 'ownerId')
      .getRawMany<{ ownerId: string | null }>();
    return rows.map((row) => row.ownerId);
  }

  measurementsOf(authorityId: string, indicatorId: string, transaction?: Transaction): Promise<MeasurementEntity[]> {
    return this.manager(transaction)
      .getRepository(MeasurementEntity)
      .find({ where: { authorityId, indicatorId }, order: { periodEnd: 'ASC' } });
  }

  /** The value for one period, locked until the transaction ends. */
  measurementForUpdate(
    authorityId: string,
    indicatorId: string,
    period: string,
    transaction: Transaction,
  ): Promise<MeasurementEntity | null> {
    return transaction.getRepository(MeasurementEntity).findOne({
      where: { authorityId, indicatorId, period },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The values held for these indicators and periods; `lock` holds them until the transaction ends. */
  measurementsFor(
    authorityId: string,
    indicatorIds: string[],
    periods: string[],
    transaction?: Transaction,
    lock = false,
  ): Promise<MeasurementEntity[]> {
    return this.manager(transaction)
      .getRepository(MeasurementEntity)
      .find({
        where: { authorityId, indicatorId: In(indicatorIds), period: In(periods) },
        order: { id: 'ASC' },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
  }

  saveMeasurement(measurement: MeasurementEntity, transaction?: Transaction): Promise<MeasurementEntity> {
    return this.manager(transaction).save(measurement);
  }

  insertMeasurement(measurement: Partial<MeasurementEntity>, transaction?: Transaction): Promise<MeasurementEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(MeasurementEntity, measurement));
  }

  /** Every value of these indicators up to a date, oldest first, in one query. */
  async seriesOf(
    authorityId: string,
    indicatorIds: string[],
    asOf: string,
    transaction?: Transaction,
  ): Promise<{ indicatorId: string; period: string; value: string }[]> {
    return (await this.manager(transaction).query(
      `SELECT indicator_id AS "indicatorId", period, value::text AS value FROM measurement
        WHERE authority_id = $1 AND indicator_id = ANY($2::uuid[]) AND period_end <= $3 ORDER BY period_end`,
      [authorityId, indicatorIds, asOf],
    )) as { indicatorId: string; period: string; value: string }[];
  }
}
