/** The audit trail's page: the filter, one page of events in words, and the links to older and newer. */
import { AUDIT_OPERATIONS } from '../domain/vocabulary';
import type { UserEntity } from '../users/user.entity';
import { type Form, withErrors } from '../web/admin-forms';
import { type FormErrors, datePartsFrom, text } from '../web/form-validation';
import { auditFilterOf } from './audit.form';
import { OPERATION_WORDS, entityLabel } from './audit-words';

const CONTROLS = ['from', 'to', 'user', 'entity', 'operation', 'before'];

/** `page`: the events found, `null` when the filter was refused. */
export function auditPage<E>(
  query: Form,
  page: { events: E[]; nextBefore: string | null } | null,
  errors: FormErrors,
  people: readonly Pick<UserEntity, 'id' | 'displayName' | 'email'>[],
  entities: readonly string[],
) {
  const { filter, before } = auditFilterOf(query);
  const filterQuery = new URLSearchParams(
    Object.entries(query).filter(
      (entry): entry is [string, string] => entry[0] !== 'before' && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  const nextBefore = page?.nextBefore ?? null;
  return {
    pageTitle: 'Audit trail',
    values: {
      from: datePartsFrom(query, 'from'),
      to: datePartsFrom(query, 'to'),
      user: text(query, 'user'),
      entity: text(query, 'entity'),
      operation: text(query, 'operation'),
    },
    filtered: Object.keys(filter).length > 0,
    users: people.map((user) => ({ value: user.id, text: `${user.displayName} (${user.email})` })),
    entities: entities.map((entity) => ({ value: entity, text: entityLabel(entity) })),
    operations: AUDIT_OPERATIONS.map((operation) => ({ value: operation, text: OPERATION_WORDS[operation] })),
    events: page?.events ?? [],
    newestHref: before ? `/audit${filterQuery.size ? `?${filterQuery}` : ''}` : null,
    olderHref: nextBefore ? `/audit?${new URLSearchParams([...filterQuery, ['before', nextBefore]])}` : null,
    exportHref: `/api/v1/audit/export.csv${Object.keys(filter).length ? `?${new URLSearchParams(filter)}` : ''}`,
    ...withErrors(errors, CONTROLS, 'from', ['from', 'to']),
  };
}
