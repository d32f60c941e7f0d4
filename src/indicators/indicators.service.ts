import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Database } from '../database/data-source';
import { type Transaction, Transactions } from '../database/transaction';
import { type Caller, runWithContext } from '../common/request-context';
import { FREQUENCY_WORDS, parseMeasurementPeriod } from '../domain/periods';
import { assertMayUpdateProgress } from '../auth/ownership';
import { CHILDRENS_SOCIAL_CARE_MEASURES } from './catalogue/childrens-social-care-measures';
import { NATIONAL_INDICATORS_2008 } from './catalogue/national-indicators-2008';
import type { IndicatorEntity } from './indicator.entity';
import type { CreateIndicatorDto, RecordMeasurementDto } from './indicators.dto';
import { IndicatorsRepository } from './indicators.repository';
import type { MeasurementEntity } from './measurement.entity';

/**
 * The indicator catalogue (national entries shared by every authority, plus each authority's own)
 * and the values measured against it.
 */
@Injectable()
export class IndicatorsService implements OnApplicationBootstrap {
  constructor(
    private readonly repository: IndicatorsRepository,
    private readonly transactions: Transactions,
    private readonly database: Database,
  ) {}

  /**
   * Adds any national catalogue entry the database lacks; existing entries are left as they are.
   * Skipped while migrations are pending (MIGRATIONS_RUN=false): the next start adds them.
   */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.database.health()).migrations !== 'current') return;
    await runWithContext({ requestId: null, caller: null, systemActor: 'system: national indicator catalogue' }, () =>
      this.transactions.withTransaction((transaction) => this.syncNationalCatalogue(transaction)),
    );
  }

  /**
   * Both national catalogues, shared by every authority: the National Indicator Set 2008 for JAR and
   * APA plans and today's children's social care measures (with their definitions) for SIF and ILACS
   * plans. The breakdown offers each plan only the catalogue of its inspection's era.
   */
  async syncNationalCatalogue(manager: Transaction): Promise<number> {
    const existing = await this.repository.nationalCodes(manager);
    const entries = [
      ...NATIONAL_INDICATORS_2008.map((entry) => ({ ...entry, definition: null })),
      ...CHILDRENS_SOCIAL_CARE_MEASURES.map(({ publication: _publication, ...entry }) => entry),
    ];
    const missing = entries.filter((entry) => !existing.has(entry.code));
    if (missing.length) {
      await this.repository.insertMany(
        missing.map((entry) => ({ ...entry, authorityId: null })),
        manager,
      );
    }
    return missing.length;
  }

  /** The national catalogue and the caller's authority's own indicators, national first. */
  list(caller: Pick<Caller, 'authorityId'>, manager?: Transaction): Promise<IndicatorEntity[]> {
    return this.repository.list(caller.authorityId, manager);
  }

  async get(caller: Caller, id: string, manager?: Transaction): Promise<IndicatorEntity> {
    const indicator = await this.repository.findVisible(caller.authorityId, id, manager);
    if (!indicator) throw DomainError.notFound('The indicator');
    return indicator;
  }

  async createLocal(caller: Caller, input: CreateIndicatorDto): Promise<IndicatorEntity> {
    return this.transactions.withTransaction((transaction) => this.insertLocal(transaction, caller.authorityId, input));
  }

  /** A local indicator, refused when its code is already used by the authority or the catalogue. */
  async insertLocal(
    manager: Transaction,
    authorityId: string,
    input: Omit<CreateIndicatorDto, 'source'> & { source?: string },
  ): Promise<IndicatorEntity> {
    const code = input.code.trim();
    const clash = await this.repository.findVisibleByCode(authorityId, code, manager);
    if (clash) {
      throw new DomainError(ErrorCode.Conflict, `The code ${code} is already used by "${clash.title}".`, {
        field: 'code',
        indicatorId: clash.id,
      });
    }
    return this.repository.insert(
      {
        authorityId,
        code,
        title: input.title.trim(),
        unit: input.unit.trim(),
        polarity: input.polarity,
        frequency: input.frequency,
        source: input.source?.trim() || 'Defined by the authority.',
      },
      manager,
    );
  }

  listMeasurements(caller: Caller, indicatorId: string): Promise<MeasurementEntity[]> {
    return this.repository.measurementsOf(caller.authorityId, indicatorId);
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
    return this.transactions.withTransaction((transaction) =>
      this.recordMeasurementWith(transaction, caller, indicatorId, input),
    );
  }

  /** The same, inside the caller's transaction: an owner's update records its values with it, or none. */
  async recordMeasurementWith(
    manager: Transaction,
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
    const owners = await this.repository.ownersOfActionsUsing(caller.authorityId, indicatorId, manager);
    assertMayUpdateProgress(caller, owners, `enter values for ${indicator.code}`);

    const existing = await this.repository.measurementForUpdate(
      caller.authorityId,
      indicatorId,
      period.period.label,
      manager,
    );
    if (existing) {
      existing.value = input.value;
      existing.note = input.note?.trim() || null;
      existing.enteredById = caller.userId;
      return { measurement: await this.repository.saveMeasurement(existing, manager), created: false };
    }
    const measurement = await this.repository.insertMeasurement(
      {
        authorityId: caller.authorityId,
        indicatorId,
        period: period.period.label,
        periodEnd: period.period.end,
        value: input.value,
        note: input.note?.trim() || null,
        enteredById: caller.userId,
      },
      manager,
    );
    return { measurement, created: true };
  }
}
