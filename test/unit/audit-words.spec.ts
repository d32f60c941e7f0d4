import {
  type AuditRecord,
  changesInWords,
  entityLabel,
  fieldLabel,
  idsNamedBy,
  recordName,
  valueInWords,
} from '../../src/audit/audit-words';

const OWNER = '0b0e8f9e-1111-4a5b-8c9d-000000000001';
const CLERK = '0b0e8f9e-1111-4a5b-8c9d-000000000002';
const ACTION = '0b0e8f9e-1111-4a5b-8c9d-000000000003';
const names = new Map([
  [OWNER, 'Olu Owner'],
  [CLERK, 'Ann Clerk'],
  [ACTION, 'O3'],
]);

describe('the audit trail in words', () => {
  it('labels fields and records as a clerk says them, even those without a label of their own', () => {
    expect(fieldLabel('reportReceivedOn')).toBe('Report received on');
    expect(fieldLabel('ragOverrideUntil')).toBe('Status set by hand until');
    expect(fieldLabel('someNewThingId')).toBe('Some new thing');
    expect(entityLabel('progress_update')).toBe('Progress update');
    expect(entityLabel('brand_new_table')).toBe('Brand new table');
  });

  it('writes values in words: dates, keys, people, files', () => {
    expect(valueInWords('dueDate', '2009-03-31', names)).toBe('31 March 2009');
    expect(valueInWords('status', 'in_progress', names)).toBe('In progress');
    expect(valueInWords('ragOverride', 'amber', names)).toBe('Amber');
    expect(valueInWords('ownerId', OWNER, names)).toBe('Olu Owner');
    expect(valueInWords('ownerId', '0b0e8f9e-1111-4a5b-8c9d-00000000ffff', names)).toBe(
      'a record that no longer exists',
    );
    expect(valueInWords('ownerId', null, names)).toBe('none');
    expect(valueInWords('toleranceValue', '5.0000', names)).toBe('5');
    expect(valueInWords('judgementAreaKey', 'looked_after_children', names)).toBe('Looked after children');
    expect(valueInWords('ecmOutcome', 'economic_well_being', names)).not.toContain('_');
    expect(valueInWords('bytes', { bytes: 2048 }, names)).toBe('a file of 2,048 bytes');
    expect(valueInWords('narrative', 'x'.repeat(300), names)).toHaveLength(201);
  });

  it('names the record, not its id', () => {
    const update: AuditRecord = {
      entity: 'action',
      entityId: ACTION,
      operation: 'update',
      before: { id: ACTION, reference: 'O3', title: 'Reduce teenage conceptions', ownerId: OWNER, version: 2 },
      after: { id: ACTION, reference: 'O3', title: 'Reduce teenage conceptions', ownerId: CLERK, version: 3 },
    };
    expect(recordName(update, names)).toBe('Action O3 Reduce teenage conceptions');
    const milestone: AuditRecord = {
      entity: 'milestone',
      entityId: 'm',
      operation: 'delete',
      before: { title: 'Audit of case files', actionId: ACTION },
      after: null,
    };
    expect(recordName(milestone, names)).toBe('Milestone “Audit of case files” of action O3');
  });

  it('shows only what changed, old → new, leaving out the bookkeeping', () => {
    const record: AuditRecord = {
      entity: 'action',
      entityId: ACTION,
      operation: 'update',
      before: { id: ACTION, ownerId: OWNER, dueDate: '2009-03-31', title: 'Same', version: 2, updatedAt: 'a' },
      after: { id: ACTION, ownerId: CLERK, dueDate: '2010-03-31', title: 'Same', version: 3, updatedAt: 'b' },
    };
    expect(changesInWords(record, names)).toEqual([
      { field: 'ownerId', label: 'Owner', before: 'Olu Owner', after: 'Ann Clerk' },
      { field: 'dueDate', label: 'Due', before: '31 March 2009', after: '31 March 2010' },
    ]);
    expect(idsNamedBy([record]).sort()).toEqual([CLERK, OWNER].sort());
  });

  it('shows the filled fields of a record added, and no empty ones', () => {
    const record: AuditRecord = {
      entity: 'milestone',
      entityId: 'm',
      operation: 'insert',
      before: null,
      after: { id: 'm', title: 'Audit', dueDate: '2009-01-31', completedOn: null, actionId: ACTION },
    };
    expect(changesInWords(record, names).map((change) => [change.label, change.after])).toEqual([
      ['Title', 'Audit'],
      ['Due', '31 January 2009'],
      ['Action', 'O3'],
    ]);
  });
});
