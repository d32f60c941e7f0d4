/** What a snapshot keeps of a plan's status: what movement compares, and nothing more. */
import { movementBetween } from '../../../src/rag/movement';
import type { ActionStatusLine, IndicatorStatusLine, PlanStatus } from '../../../src/rag/plan-status';
import { snapshotContentOf } from '../../../src/rag/snapshot';

const action = (overrides: Partial<ActionStatusLine> = {}) =>
  ({
    id: 'a1',
    reference: 'O1',
    title: 'Audit every case file',
    rag: 'amber',
    reason: 'Progress lags the time elapsed.',
    overridden: false,
    updateOverdue: true,
    owner: { id: 'u1', name: 'Pat Owner' },
    latestUpdate: {
      period: '2025-26 Q2',
      narrative: 'Half the files read.',
      proposedRag: null,
      createdOn: '2025-09-30',
    },
    ...overrides,
  }) as ActionStatusLine;

const indicator = (overrides: Partial<IndicatorStatusLine> = {}) =>
  ({
    actionIndicatorId: 'l1',
    actionReference: 'O1',
    code: 'NI 59',
    title: 'Initial assessments within 7 days',
    rag: 'green',
    reason: 'On target.',
    latest: { value: '72.5', period: '2025-26 Q2' },
    direction: 'improving',
    ...overrides,
  }) as IndicatorStatusLine;

const status = (actions: ActionStatusLine[], indicators: IndicatorStatusLine[]) =>
  ({ asOf: '2025-10-01', actions, indicators }) as unknown as PlanStatus;

describe('snapshotContentOf', () => {
  it('keeps each action’s and indicator’s RAG with its reason, owner, commentary and latest value', () => {
    const sut = snapshotContentOf(status([action()], [indicator()]));
    expect(sut).toEqual({
      asOf: '2025-10-01',
      actions: [
        {
          id: 'a1',
          reference: 'O1',
          title: 'Audit every case file',
          rag: 'amber',
          reason: 'Progress lags the time elapsed.',
          overridden: false,
          updateOverdue: true,
          owner: 'Pat Owner',
          commentary: 'Half the files read.',
        },
      ],
      indicators: [
        {
          actionIndicatorId: 'l1',
          actionReference: 'O1',
          code: 'NI 59',
          title: 'Initial assessments within 7 days',
          rag: 'green',
          reason: 'On target.',
          latest: '72.5',
          direction: 'improving',
        },
      ],
    });
  });

  it('records no owner, commentary or value as null', () => {
    const sut = snapshotContentOf(
      status([action({ owner: null, latestUpdate: null })], [indicator({ latest: null, direction: null })]),
    );
    expect(sut.actions[0]).toMatchObject({ owner: null, commentary: null });
    expect(sut.indicators[0]).toMatchObject({ latest: null, direction: null });
  });

  it('is what movement compares: a colour that worsened between two snapshots shows', () => {
    const before = snapshotContentOf(status([action({ rag: 'green' })], []));
    const after = snapshotContentOf(status([action({ rag: 'red' })], []));
    expect(movementBetween(before, after).actions).toEqual([
      expect.objectContaining({ reference: 'O1', from: 'green', to: 'red', change: 'worse' }),
    ]);
  });
});
