/** The audit trail's filter: a GET form, turned into the API's own query and checked with its rules. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, dateFrom, text, validateAs } from '../web/form-validation';
import { AuditQueryDto } from './audit.dto';

const MESSAGES: Record<string, string> = {
  user: 'Choose a user from the list',
  entity: 'Choose a kind of record from the list',
  operation: 'Choose a kind of change from the list',
  before: 'The page asked for does not exist: start again from the newest events',
};

/** The filter the query asks for, only what it gives, with the errors of its two dates. */
export function auditFilterOf(query: Form): { filter: Record<string, string>; before: string; errors: FormErrors } {
  const errors: FormErrors = {};
  const from = dateFrom(query, 'from');
  const to = dateFrom(query, 'to');
  if (from === undefined) errors.from = 'The start of the period must be a real date, like 1 10 2008';
  if (to === undefined) errors.to = 'The end of the period must be a real date, like 31 12 2008';
  const filter: Record<string, string> = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(text(query, 'user') ? { user: text(query, 'user') } : {}),
    ...(text(query, 'entity') ? { entity: text(query, 'entity') } : {}),
    ...(text(query, 'operation') ? { operation: text(query, 'operation') } : {}),
  };
  return { filter, before: text(query, 'before'), errors };
}

/** The query for one page of `pageSize` events, and everything wrong with it. */
export async function auditQueryFrom(
  query: Form,
  pageSize: number,
): Promise<{ asked: AuditQueryDto; errors: FormErrors }> {
  const { filter, before, errors } = auditFilterOf(query);
  const asked = { ...filter, ...(before ? { before } : {}), limit: pageSize };
  const { errors: invalid } = await validateAs(AuditQueryDto, asked, MESSAGES);
  return { asked: asked as AuditQueryDto, errors: { ...errors, ...invalid } };
}
