/**
 * Whatever it is given, the import answers: a draft, or a 4xx with a message. Arbitrary strings go
 * to the parser, arbitrary bytes to the whole import — mixed with fragments of real inspections
 * (tables, headings, bullets, grades, page breaks) so that the deep paths are exercised too.
 */
import fc from 'fast-check';
import { GRADES, INSPECTION_KINDS, TIMESCALES } from '../../../src/domain/vocabulary';
import type { InspectionDraft } from '../../../src/inspections/ingest/inspection-draft';
import { importInspection, parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';

const FRAGMENTS = [
  'Safeguarding\tOutstanding',
  '| Area | Grade |',
  '|---|---|',
  '| Health | Grade 4 (inadequate) |',
  '                                            Requires improvement',
  '                                            to be good',
  'Overall effectiveness',
  'Capacity to improve: 3',
  'Grade 1 (outstanding) A service that',
  'Safeguarding is outstanding.',
  "The council scored three 'threes'.",
  'Service management is good, with outstanding capacity to drive further improvement.',
  'The graded judgement for adoption performance is that it requires',
  'improvement',
  '# Outcome Improvements',
  '## **Process Improvements**',
  'Recommendations',
  'Areas for improvement',
  'What does the LSCB need to improve?',
  'Priority and immediate action',
  'Immediately:',
  'Within three months:',
  'The local authority should take the following action.',
  '- Improve attendance',
  '\uf0a7 ensure all children have a plan',
  '(ii) review the arrangements',
  '12. Ensure that IROs have capacity',
  'Contents',
  'Inspection dates: 8 – 12 July 2013',
  'Published: 16 August 2013',
  'DATE: 11<sup>th</sup> September 2008',
  'Isle of Wight Council',
  'Inspection of children’s social care services',
  'Page 3 of 9',
  '\f',
  '',
  '   ',
  '**',
  '\t\t',
];

const documentLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

function expectWellFormed(draft: InspectionDraft): void {
  expect(INSPECTION_KINDS).toContain(draft.kind);
  expect(typeof draft.text).toBe('string');
  const lineCount = draft.text.split('\n').length;
  for (const judgement of draft.judgements) {
    expect(GRADES[judgement.grade.normalised]).toBe(judgement.grade.level);
    if (judgement.lines) expect(judgement.lines[1]).toBeLessThanOrEqual(lineCount);
  }
  for (const recommendation of draft.recommendations) {
    expect(recommendation.text.trim()).not.toBe('');
    if (recommendation.timescale !== null) expect(TIMESCALES).toContain(recommendation.timescale);
  }
  expect(draft.warnings.filter((warning) => warning.code === 'parser_error')).toEqual([]);
}

describe('the import never throws', () => {
  it('parseInspectionText: any string gives a well-formed draft', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), documentLike), (text) => {
        expectWellFormed(parseInspectionText(text));
      }),
      { numRuns: 2500 },
    );
  });

  it('importInspection: any bytes give a draft or a 4xx with a message', async () => {
    const bytes = fc.oneof(
      { weight: 6, arbitrary: fc.uint8Array({ maxLength: 600 }) },
      { weight: 3, arbitrary: documentLike.map((text) => new TextEncoder().encode(text)) },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.concat([Buffer.from('PK\x03\x04'), tail])),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((tail) => Buffer.from(`{${tail}}`)) },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 300 }).map((tail) => Buffer.concat([Buffer.from('%PDF-1.4\n'), tail])),
      },
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        const result = await importInspection(Buffer.from(input));
        if (result.ok) {
          expectWellFormed(result.draft);
          expect(result.text).toBe(result.draft.text);
        } else {
          expect([400, 413, 415, 422]).toContain(result.status);
          expect(result.message).toMatch(/^[A-Z"].{10,}[.)]$/s);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
