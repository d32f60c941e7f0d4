/**
 * The one place audit events are written: every insert, update and remove of every entity
 * (but the trail itself and the bookkeeping tables below) adds an audit_event row through the
 * changing query runner, so it commits or rolls back with the change.
 *
 * The domain rule that makes this complete: write through the entity manager or a repository —
 * `save` (one entity or an array), `insert`, `remove`, `softRemove`/`recover`. What it cannot see:
 * - raw SQL (`query(...)`) and anything run with `callListeners(false)` or `{ listeners: false }`;
 * - query-builder UPDATE and DELETE (`manager.update`, `manager.delete`, `createQueryBuilder().update()`):
 *   TypeORM tells subscribers about them without saying which rows, so nothing can be recorded;
 *   a warning is logged instead. Load the rows and `save`/`remove` them.
 * - a `save` that changes nothing: TypeORM issues no UPDATE and raises no event.
 * `insert` and `upsert` are recorded as inserts with the values given plus what the database generated.
 */
import { Logger } from '@nestjs/common';
import {
  type EntityMetadata,
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  type QueryRunner,
  type RecoverEvent,
  type RemoveEvent,
  type SoftRemoveEvent,
  type UpdateEvent,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { currentContext } from '../common/request-context';
import type { AuditOperation } from '../domain/vocabulary';
import { AuditEventEntity } from '../audit/audit-event.entity';

/**
 * Tables whose rows are bookkeeping, not user data: sign-ins come and go by the thousand, and a
 * set-up link is made at every start of an empty installation (its use is the authority it adds).
 */
export const UNAUDITED_TABLES: ReadonlySet<string> = new Set([
  'audit_event',
  'session',
  'sign_in_attempt',
  'setup_token',
]);

/** Columns whose values never enter the trail. */
const REDACTED_COLUMNS: ReadonlySet<string> = new Set(['passwordHash', 'tokenHash']);
export const REDACTED = '[redacted]';

/** Who is named when there is neither a caller nor a system actor in the context. */
export const DEFAULT_SYSTEM_ACTOR = 'system';

const ACTOR_LABEL_LENGTH = 300;
const ENTITY_ID_LENGTH = 64;
const REQUEST_ID_LENGTH = 64;

type Snapshot = Record<string, unknown>;

function auditValue(propertyName: string, columnType: unknown, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (REDACTED_COLUMNS.has(propertyName)) return REDACTED;
  if (value instanceof Uint8Array) return { bytes: value.length };
  if (columnType === 'bytea') return { bytes: typeof value === 'string' ? Buffer.byteLength(value) : null };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** The row as a plain object of column property names → values, safe to keep forever. */
function snapshot(metadata: EntityMetadata, row: ObjectLiteral | undefined): Snapshot | null {
  return row ? rowAfter(metadata, row, row, new Set()) : null;
}

/**
 * The row after a change: the changed columns from the saved entity, every other column as the
 * database had it. (After a save TypeORM sets each nullable property the caller left out to null,
 * so the saved entity alone would show values that were never written.)
 */
function rowAfter(
  metadata: EntityMetadata,
  databaseRow: ObjectLiteral,
  saved: ObjectLiteral | undefined,
  changed: ReadonlySet<string>,
): Snapshot {
  const result: Snapshot = {};
  for (const column of metadata.columns) {
    const source = saved && changed.has(column.propertyName) ? saved : databaseRow;
    const value = column.getEntityValue(source);
    if (value !== undefined) result[column.propertyName] = auditValue(column.propertyName, column.type, value);
  }
  return result;
}

/** Columns TypeORM itself changes on every update: update date, version, and (soft remove) delete date. */
function bookkeepingColumns(metadata: EntityMetadata): string[] {
  return metadata.columns
    .filter((column) => column.isUpdateDate || column.isVersion || column.isDeleteDate)
    .map((column) => column.propertyName);
}

/** The primary key as text; a composite key as its values joined by commas. */
function idText(id: unknown): string | null {
  if (id === undefined || id === null) return null;
  const text =
    typeof id === 'object' && !(id instanceof Date)
      ? Object.values(id as ObjectLiteral)
          .map((part) => String(part))
          .join(',')
      : String(id);
  return text === '' ? null : text.slice(0, ENTITY_ID_LENGTH);
}

function actor(): { actorId: string | null; actorLabel: string } {
  const context = currentContext();
  const caller = context?.caller;
  if (caller) {
    return {
      actorId: caller.userId,
      actorLabel: `${caller.displayName} <${caller.email}>`.slice(0, ACTOR_LABEL_LENGTH),
    };
  }
  return { actorId: null, actorLabel: (context?.systemActor || DEFAULT_SYSTEM_ACTOR).slice(0, ACTOR_LABEL_LENGTH) };
}

function authorityOf(metadata: EntityMetadata, entityId: string, row: Snapshot | null): string | null {
  if (metadata.findColumnWithPropertyName('authorityId')) {
    const own = row?.authorityId;
    if (typeof own === 'string') return own;
  } else if (metadata.target === AuthorityEntity) {
    return entityId;
  }
  return currentContext()?.caller?.authorityId ?? null;
}

@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  private readonly logger = new Logger('Audit');
  /**
   * The last audit write of each query runner. TypeORM runs the "after" events of one save
   * concurrently; one connection takes one query at a time, so the writes queue up here.
   */
  private readonly lastWrite = new WeakMap<QueryRunner, Promise<unknown>>();

  afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    const id = event.entityId ?? event.metadata.getEntityIdMixedMap(event.entity);
    return this.record(event, 'insert', id, null, snapshot(event.metadata, event.entity));
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    const { metadata, entity } = event;
    const databaseEntity = event.databaseEntity as ObjectLiteral | undefined;
    const id = metadata.getEntityIdMixedMap(entity) ?? metadata.getEntityIdMixedMap(databaseEntity);
    if (!databaseEntity) return this.record(event, 'update', id, null, snapshot(metadata, entity));
    const changed = new Set([
      ...event.updatedColumns.map((column) => column.propertyName),
      ...event.updatedRelations.flatMap((relation) => relation.joinColumns.map((column) => column.propertyName)),
      ...bookkeepingColumns(metadata),
    ]);
    const after = rowAfter(metadata, databaseEntity, entity, changed);
    return this.record(event, 'update', id, snapshot(metadata, databaseEntity), after);
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    // TypeORM has already cleared the primary key of the removed entity: the id comes from the event.
    const row = event.databaseEntity ?? event.entity;
    const id = event.entityId ?? event.metadata.getEntityIdMixedMap(row);
    return this.record(event, 'delete', id, snapshot(event.metadata, row), null);
  }

  /** A soft removal hides the row from users: to them it is a deletion, and the row after shows when. */
  afterSoftRemove(event: SoftRemoveEvent<ObjectLiteral>): Promise<void> {
    return this.recordSoft(event, 'delete');
  }

  afterRecover(event: RecoverEvent<ObjectLiteral>): Promise<void> {
    return this.recordSoft(event, 'update');
  }

  private recordSoft(event: SoftRemoveEvent<ObjectLiteral>, operation: AuditOperation): Promise<void> {
    const { metadata, entity, databaseEntity } = event;
    const row = databaseEntity ?? entity;
    const id = event.entityId ?? metadata.getEntityIdMixedMap(row);
    const after = row ? rowAfter(metadata, row, entity, new Set(bookkeepingColumns(metadata))) : null;
    return this.record(event, operation, id, snapshot(metadata, databaseEntity), after);
  }

  private async record(
    event: InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral> | RemoveEvent<ObjectLiteral>,
    operation: AuditOperation,
    id: unknown,
    before: Snapshot | null,
    after: Snapshot | null,
  ): Promise<void> {
    const { metadata } = event;
    if (metadata.target === AuditEventEntity || UNAUDITED_TABLES.has(metadata.tableName)) return;
    const entityId = idText(id);
    if (entityId === null) {
      this.logger.warn(
        `Not audited: an ${operation} of ${metadata.tableName} without a primary key ` +
          '(a query-builder update or delete?). Load the rows and save or remove them.',
      );
      return;
    }
    const requestId = currentContext()?.requestId ?? null;
    const auditEvent: Omit<AuditEventEntity, 'id' | 'occurredAt'> = {
      authorityId: authorityOf(metadata, entityId, after ?? before),
      ...actor(),
      entity: metadata.tableName,
      entityId,
      operation,
      before,
      after,
      requestId: requestId === null ? null : requestId.slice(0, REQUEST_ID_LENGTH),
    };
    const write = () =>
      event.manager
        .createQueryBuilder()
        .insert()
        .into(AuditEventEntity)
        // The JSON columns are plain objects, which TypeORM's deep-partial type cannot express.
        .values(auditEvent as QueryDeepPartialEntity<AuditEventEntity>)
        .callListeners(false)
        .updateEntity(false)
        .execute();
    const previous = this.lastWrite.get(event.queryRunner) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(write);
    this.lastWrite.set(event.queryRunner, current);
    await current;
  }
}
