/**
 * The audit trail in the words a clerk reads: the kind of record and its name, each field's label
 * and its values before and after, with ids turned into the names of what they point at. Pure:
 * the names come in as a map, looked up by the caller.
 */
import { ECM_OUTCOMES, areaLabel } from '../domain/vocabulary';
import { plainNumber } from '../indicators/indicators.dto';
import { govukDate, govukDateTime } from '../presentation/dates';
import { ragWord } from '../presentation/rag';
import { kindWord, roleWord } from '../presentation/words';

/** An audit event as the trail keeps it. */
export interface AuditRecord {
  entity: string;
  entityId: string;
  operation: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One field's change: its label, and its value before and after in words (null: no side). */
export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  access_token: 'API token',
  action: 'Action',
  action_indicator: 'Indicator of an action',
  app_user: 'User',
  authority: 'Council',
  board_paper: 'Board paper',
  committee_meeting: 'Committee meeting',
  improvement_plan: 'Improvement plan',
  indicator: 'Indicator',
  inspection: 'Inspection',
  inspection_draft: 'Inspection draft',
  judgement: 'Judgement',
  measurement: 'Indicator value',
  milestone: 'Milestone',
  partner_organisation: 'Partner organisation',
  period_sign_off: 'Sign-off of a period’s updates',
  progress_update: 'Progress update',
  rag_snapshot: 'Status snapshot',
  recommendation: 'Recommendation',
  source_document: 'Source document',
  theme_lead: 'Theme lead',
  update_return: 'Update returned to its owner',
  update_workbook_upload: 'Update workbook upload',
};

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  actionId: 'Action',
  baselinePeriod: 'Baseline period',
  baselineValue: 'Baseline',
  cancellationReason: 'Reason for cancelling',
  closedOn: 'Closed on',
  completedOn: 'Completed on',
  description: 'Description',
  displayName: 'Name',
  dueDate: 'Due',
  ecmOutcome: 'Every Child Matters outcome',
  endorsedBy: 'Endorsed by',
  endorsedOn: 'Endorsed on',
  indicatorId: 'Indicator',
  inspectionId: 'Inspection',
  judgementAreaKey: 'Judgement area',
  kind: 'Kind',
  leadPartnerId: 'Lead partner',
  narrative: 'Update',
  ownerId: 'Owner',
  partnerOrganisationId: 'Partner organisation',
  percentComplete: '% complete',
  period: 'Period',
  planId: 'Plan',
  proposedRag: 'Proposed status',
  ragOverride: 'Status set by hand',
  ragOverrideAt: 'Status set by hand at',
  ragOverrideById: 'Status set by hand by',
  ragOverrideReason: 'Reason for the status set by hand',
  ragOverrideUntil: 'Status set by hand until',
  recommendationId: 'Recommendation',
  reference: 'Reference',
  reportReceivedOn: 'Report received on',
  reportingFrequency: 'Reporting frequency',
  sentToInspectorateOn: 'Sent to the inspectorate on',
  draftSentOn: 'Draft sent to the inspectorate on',
  startDate: 'Starts',
  status: 'Status',
  targetDate: 'Target date',
  targetValue: 'Target',
  title: 'Title',
  toleranceKind: 'Tolerance kind',
  toleranceValue: 'Tolerance',
  userId: 'User',
  authorId: 'Author',
};

/** Fields that are bookkeeping, not something a person changed. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'authorityId', 'createdAt', 'updatedAt', 'version']);

const STATUS_WORDS: Readonly<Record<string, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
  draft: 'Draft',
  endorsed: 'Endorsed',
  closed: 'Closed',
};

const OTHER_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  toleranceKind: { percentage: 'Percentage of the target', absolute: 'An absolute amount' },
  polarity: { higher_is_better: 'Higher is better', lower_is_better: 'Lower is better' },
  reportingFrequency: { quarterly: 'Quarterly', monthly: 'Monthly' },
};

/** Numeric columns, which come back padded to their scale ("5.0000"). */
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['baselineValue', 'targetValue', 'toleranceValue', 'value']);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MAX_WORDS = 200;

/** 'reportReceivedOn' → 'Report received on'; a field without a label of its own still reads. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 'progress_update' → 'Progress update'. */
export function entityLabel(entity: string): string {
  const known = ENTITY_LABELS[entity];
  if (known) return known;
  const words = entity.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as a clerk reads it: dates in words, keys as words, ids as the names of what they name. */
export function valueInWords(field: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const bytes = (value as { bytes?: unknown }).bytes;
    return typeof bytes === 'number'
      ? `a file of ${bytes.toLocaleString('en-GB')} bytes`
      : shorten(JSON.stringify(value));
  }
  const text = String(value);
  if (field.endsWith('Id')) return names.get(text) ?? 'a record that no longer exists';
  if (field === 'status') return STATUS_WORDS[text] ?? text;
  if (field === 'kind') return kindWord(text);
  if (field === 'role') return roleWord(text);
  if (field === 'ragOverride' || field === 'proposedRag') return ragWord(text);
  if (OTHER_WORDS[field]?.[text]) return OTHER_WORDS[field][text];
  if (field === 'judgementAreaKey' || field === 'areaKey') return areaLabel(text);
  if (field === 'ecmOutcome') return ECM_OUTCOMES[text as keyof typeof ECM_OUTCOMES] ?? text;
  if (NUMBER_FIELDS.has(field) && /^-?\d+(\.\d+)?$/.test(text)) return plainNumber(text);
  if (DATE.test(text)) return govukDate(text);
  if (INSTANT.test(text)) return govukDateTime(text);
  return shorten(text);
}

function shorten(text: string): string {
  return text.length > MAX_WORDS ? `${text.slice(0, MAX_WORDS)}…` : text;
}

/** The record's name, not its id: "Action O3 Increase the number…", "Milestone Audit of case files". */
export function recordName(record: AuditRecord, names: ReadonlyMap<string, string>): string {
  const row = record.after ?? record.before ?? {};
  const own = (key: string) => (typeof row[key] === 'string' && row[key] !== '' ? String(row[key]) : null);
  const named = (key: string) => (own(key) ? (names.get(own(key) as string) ?? null) : null);
  const parts: (string | null)[] = (() => {
    switch (record.entity) {
      case 'action':
        return [own('reference'), own('title')];
      case 'improvement_plan':
        return [own('reference'), own('title') ? `(${own('title')})` : null];
      case 'action_indicator':
        return [named('indicatorId'), named('actionId') ? `for action ${named('actionId')}` : null];
      case 'milestone':
        return [own('title') ? `“${own('title')}”` : null, named('actionId') ? `of action ${named('actionId')}` : null];
      case 'progress_update':
        return [own('period'), named('actionId') ? `on action ${named('actionId')}` : null];
      case 'measurement':
        return [named('indicatorId'), own('period')];
      case 'app_user':
        return [own('displayName')];
      default:
        return [
          own('reference') ?? own('code') ?? own('name') ?? own('displayName') ?? own('title') ?? own('fileName'),
        ];
    }
  })();
  const name = parts.filter((part): part is string => part !== null).join(' ');
  return name ? `${entityLabel(record.entity)} ${shorten(name)}` : entityLabel(record.entity);
}

/** What changed, field by field: every field of a record added or removed, the differing ones of a change. */
export function changesInWords(record: AuditRecord, names: ReadonlyMap<string, string>): FieldChange[] {
  const before = record.before ?? {};
  const after = record.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !HIDDEN_FIELDS.has(field),
  );
  return fields
    .filter((field) => record.operation !== 'update' || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .filter((field) => record.operation === 'update' || (record.operation === 'insert' ? after : before)[field] != null)
    .map((field) => ({
      field,
      label: fieldLabel(field),
      before: record.operation === 'insert' ? null : valueInWords(field, before[field], names),
      after: record.operation === 'delete' ? null : valueInWords(field, after[field], names),
    }));
}

/** Every id an event's rows point at, for the caller to look up the names of. */
export function idsNamedBy(records: readonly AuditRecord[]): string[] {
  const ids = new Set<string>();
  for (const record of records) {
    for (const row of [record.before, record.after]) {
      for (const [field, value] of Object.entries(row ?? {})) {
        if (field.endsWith('Id') && field !== 'authorityId' && typeof value === 'string') ids.add(value);
      }
    }
  }
  return [...ids];
}

export const OPERATION_WORDS: Readonly<Record<string, string>> = {
  insert: 'Added',
  update: 'Changed',
  delete: 'Removed',
};
