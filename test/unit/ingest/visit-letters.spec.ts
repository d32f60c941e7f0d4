/**
 * Ofsted's focused visit and monitoring visit letters, in the layout they are published in: a letter to
 * the Director of Children's Services titled "Focused visit to <council> children's services" (or
 * "Monitoring visit to …"), with no grades, and — for a focused visit — "Areas for priority action" and
 * "Areas for improvement". The fixtures are short synthetic letters written in that layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkForInspection } from '../../../src/frameworks/inspection-framework';
import { importInspection, parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/inspections', name), 'utf8');

describe('a focused visit letter', () => {
  const sut = parseInspectionText(fixture('focused-visit-letter.txt'));

  it('is a focused visit to the council the title names, under the focused visit framework, with no grades', () => {
    expect(sut.kind).toBe('FOCUSED');
    expect(sut.authority.name).toBe('Northshire County Council');
    expect(sut.layout).toMatchObject({ name: 'ILACS focused visit', judgements: [] });
    expect(sut.judgements).toEqual([]);
    expect(sut.warnings.map((warning) => warning.code)).toEqual([]);
    expect(frameworkForInspection({ kind: sut.kind, inspectedFrom: '2024-02-06' }).framework).toBe('focused_visit');
  });

  it('reads the areas for priority action as priority actions, and the areas for improvement as recommendations', () => {
    expect(
      sut.recommendations.map(({ text, timescale, priorityAction, heading }) => ({
        text,
        timescale,
        priority: priorityAction ?? false,
        heading,
      })),
    ).toEqual([
      {
        text: 'The timeliness and quality of strategy discussions and child protection enquiries, so that risk to children is understood and acted on promptly.',
        timescale: 'immediate',
        priority: true,
        heading: 'Areas for priority action',
      },
      {
        text: "Management oversight and supervision of social workers' practice.",
        timescale: 'immediate',
        priority: true,
        heading: 'Areas for priority action',
      },
      {
        text: 'The quality of written plans, so that they set out what needs to change for children.',
        timescale: null,
        priority: false,
        heading: 'Areas for improvement',
      },
      {
        text: "The recording of children's wishes and feelings.",
        timescale: null,
        priority: false,
        heading: 'Areas for improvement',
      },
    ]);
  });

  it('reads "Priority action" as a heading of priority actions too', () => {
    const letter = parseInspectionText(
      [
        "Focused visit to Bury local authority children's services",
        '',
        'Priority action',
        '',
        '\u25fc Ensure that children at risk of harm are seen promptly.',
      ].join('\n'),
    );
    expect(letter.kind).toBe('FOCUSED');
    expect(letter.recommendations).toMatchObject([{ priorityAction: true, timescale: 'immediate' }]);
  });

  it('marks nothing as a priority action in a letter that names none', () => {
    const letter = parseInspectionText(
      fixture('focused-visit-letter.txt').replace(/Areas for priority action[\s\S]*?(?=Areas for improvement)/, ''),
    );
    expect(letter.recommendations).toHaveLength(2);
    expect(letter.recommendations.some((item) => item.priorityAction)).toBe(false);
  });
});

describe('a monitoring visit letter', () => {
  const sut = parseInspectionText(fixture('monitoring-visit-letter.txt'));

  it('is a monitoring visit under the monitoring visit framework, with no grades and nothing to act on', () => {
    expect(sut.kind).toBe('MONITORING');
    expect(sut.authority.name).toBe('Southshire Council');
    expect(sut.layout).toMatchObject({ name: 'ILACS monitoring visit', judgements: [] });
    expect(sut.judgements).toEqual([]);
    expect(sut.recommendations).toEqual([]);
    expect(frameworkForInspection({ kind: sut.kind, inspectedFrom: '2024-10-15' }).framework).toBe('monitoring_visit');
  });
});

describe('a visit held as data (the JSON shape)', () => {
  const visit = (priorityAction: unknown) =>
    importInspection(
      Buffer.from(
        JSON.stringify({
          authority: { name: 'Halton' },
          kind: 'FOCUSED',
          dates: { inspection: { from: '2024-02-06', to: '2024-02-07' }, published: { date: '2024-03-12' } },
          judgements: [],
          recommendations: [{ text: 'Management oversight of practice.', kind: null, timescale: null, priorityAction }],
        }),
      ),
      'visit.json',
    );

  it('keeps a priority action, and refuses a priorityAction that is not true or false, naming the field', async () => {
    const kept = await visit(true);
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.draft.kind).toBe('FOCUSED');
    expect(kept.draft.recommendations[0].priorityAction).toBe(true);
    const refused = await visit('yes');
    expect(refused).toMatchObject({ ok: false, status: 422 });
    expect(!refused.ok && refused.message).toContain('"recommendations[0].priorityAction" must be true or false.');
  });
});
