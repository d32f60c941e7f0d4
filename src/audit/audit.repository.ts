import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { AuditOperation } from '../domain/vocabulary';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditFilter {
  /** Table name. */
  entity?: string;
  entityId?: string;
  actorId?: string;
  operation?: AuditOperation;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface AuditPageRequest extends AuditFilter {
  limit: number;
  /** Only events with a smaller id (the keyset cursor). */
  beforeId?: string;
}

export const AUDIT_EXPORT_BATCH_SIZE = 1000;

/** A record and the records that hang off it, by the field that points back at it. */
export interface AuditRecordRef {
  entity: string;
  entityId: string;
  /** Rows of these tables whose `field` (before or after) is the record's id. */
  related: { entities: readonly string[]; field: 'actionId' | 'planId' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the audit trail (it is written only by the AuditSubscriber). Every query is filtered by
 * the authority it is given: another authority's events are never found.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first (by id, which grows with time), at most `limit`, older than `beforeId` when given. */
  list(authorityId: string, request: AuditPageRequest): Promise<AuditEventEntity[]> {
    const query = this.query(authorityId, request).limit(request.limit);
    if (request.beforeId !== undefined) query.andWhere('event.id < :beforeId', { beforeId: request.beforeId });
    return query.getMany();
  }

  /** Every matching event, newest first, in batches: for exports too big to hold at once. */
  async *batches(
    authorityId: string,
    filter: AuditFilter,
    batchSize = AUDIT_EXPORT_BATCH_SIZE,
  ): AsyncGenerator<AuditEventEntity[]> {
    let beforeId: string | undefined;
    for (;;) {
      const batch = await this.list(authorityId, { ...filter, limit: batchSize, beforeId });
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      beforeId = batch[batch.length - 1].id;
    }
  }

  /** The history of one record and of the records that hang off it, newest first, page by page. */
  trailOf(
    authorityId: string,
    record: AuditRecordRef,
    page: { limit: number; beforeId?: string },
  ): Promise<AuditEventEntity[]> {
    const field = record.related.field;
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .where('event.authorityId = :authorityId', { authorityId })
      .andWhere(
        `((event.entity = :entity AND event.entityId = :entityId) OR (event.entity IN (:...related) AND ` +
          `(event.after ->> '${field}' = :entityId OR event.before ->> '${field}' = :entityId)))`,
        { entity: record.entity, entityId: record.entityId, related: [...record.related.entities, '-'] },
      )
      .orderBy('event.id', 'DESC')
      .limit(page.limit);
    if (page.beforeId !== undefined) query.andWhere('event.id < :beforeId', { beforeId: page.beforeId });
    return query.getMany();
  }

  /**
   * The names of the records with these ids, as a clerk knows them: people by name, partners by
   * name, plans and actions by reference, indicators by code and title. Ids not found are left out.
   */
  async namesOf(authorityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (!wanted.length) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id::text AS id, display_name AS name FROM app_user WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, name FROM partner_organisation WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, reference FROM improvement_plan WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, reference FROM action WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, title FROM milestone WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, title FROM inspection WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, 'recommendation ' || position FROM recommendation
                  WHERE authority_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text, code || ' ' || title FROM indicator
                  WHERE (authority_id = $1 OR authority_id IS NULL) AND id = ANY($2::uuid[])`,
      [authorityId, wanted],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The tables the authority's trail has changes to, by name. */
  async entities(authorityId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .select('DISTINCT event.entity', 'entity')
      .where('event.authorityId = :authorityId', { authorityId })
      .orderBy('entity')
      .getRawMany<{ entity: string }>();
    return rows.map((row) => row.entity);
  }

  private query(authorityId: string, filter: AuditFilter): SelectQueryBuilder<AuditEventEntity> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .where('event.authorityId = :authorityId', { authorityId })
      .orderBy('event.id', 'DESC');
    if (filter.entity !== undefined) query.andWhere('event.entity = :entity', { entity: filter.entity });
    if (filter.entityId !== undefined) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId !== undefined) query.andWhere('event.actorId = :actorId', { actorId: filter.actorId });
    if (filter.operation !== undefined) query.andWhere('event.operation = :operation', { operation: filter.operation });
    if (filter.from !== undefined) query.andWhere('event.occurredAt >= :from', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('event.occurredAt < :to', { to: filter.to });
    return query;
  }
}
