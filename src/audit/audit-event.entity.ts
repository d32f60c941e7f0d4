import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AUDIT_OPERATIONS, type AuditOperation, sqlList } from '../domain/vocabulary';

/**
 * Who changed what, when, with the row before and after. Append-only: a trigger in the database
 * refuses UPDATE, DELETE and TRUNCATE. It has no foreign keys on purpose: the trail must outlive
 * the users and rows it describes, and a cascading delete or SET NULL would be an UPDATE.
 */
@Entity('audit_event')
@Index('ix_audit_event_entity', ['entity', 'entityId', 'occurredAt'])
@Index('ix_audit_event_authority_time', ['authorityId', 'occurredAt'])
@Index('ix_audit_event_authority_id', ['authorityId', 'id'])
@Index('ix_audit_event_actor_time', ['actorId', 'occurredAt'])
@Check('ck_audit_event_operation', `operation IN (${sqlList(AUDIT_OPERATIONS)})`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_event' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null for changes made by the system itself (example data, migrations). */
  @Column({ type: 'uuid', nullable: true })
  authorityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's name and email at the time, kept because the user row may change later. */
  @Column({ type: 'varchar', length: 300 })
  actorLabel: string;

  /** Table name of the changed row. */
  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  @Column({ type: 'varchar', length: 10 })
  operation: AuditOperation;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
