/** The audit trail as CSV (RFC 4180), safe to open in a spreadsheet. Pure: no I/O. */

export const AUDIT_CSV_COLUMNS = [
  'id',
  'occurred_at',
  'actor_id',
  'actor',
  'entity',
  'entity_id',
  'operation',
  'request_id',
  'before',
  'after',
] as const;

/** What one CSV line needs of an audit event (an AuditEventDto has this shape). */
export interface AuditCsvEvent {
  id: string;
  occurredAt: string;
  actor: { id: string | null; label: string };
  entity: string;
  entityId: string;
  operation: string;
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Characters that make a spreadsheet read a cell as a formula (or shift it into one). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: a value a spreadsheet would take for a formula gets a leading apostrophe, so it is
 * shown as text; a value with a comma, quote or line break is quoted, its quotes doubled.
 */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ended by CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function auditCsvHeader(): string {
  return csvLine(AUDIT_CSV_COLUMNS);
}

export function auditCsvLine(event: AuditCsvEvent): string {
  return csvLine([
    event.id,
    event.occurredAt,
    event.actor.id,
    event.actor.label,
    event.entity,
    event.entityId,
    event.operation,
    event.requestId,
    event.before === null ? null : JSON.stringify(event.before),
    event.after === null ? null : JSON.stringify(event.after),
  ]);
}
