/**
 * The layouts Ofsted has published since 2013, written out as `pdftotext -layout` gives them: every
 * list marker, every heading that opens a list of things to improve, every way a grade is written,
 * the council in the title, and the warnings that keep an item from being lost without a word.
 */
import type { InspectionDraft } from '../../../src/inspections/ingest/inspection-draft';
import { parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';

const texts = (draft: InspectionDraft) => draft.recommendations.map((item) => item.text);
const grades = (draft: InspectionDraft) =>
  Object.fromEntries(draft.judgements.map((judgement) => [judgement.key, judgement.grade.normalised]));
const codes = (draft: InspectionDraft) => draft.warnings.map((warning) => warning.code);

describe('list markers', () => {
  it.each([
    ['U+25FC (ILACS from 2021)', '\u25fc'],
    ['U+2022', '\u2022'],
    ['U+25A0', '\u25a0'],
    ['U+25AA', '\u25aa'],
    ['U+25CF', '\u25cf'],
    ['U+25E6', '\u25e6'],
    ['U+2B1B', '\u2b1b'],
    ['a private-use Symbol glyph', '\uf0a7'],
    ['a hyphen', '-'],
    ['an en dash', '\u2013'],
  ])('reads items marked with %s', (_, glyph) => {
    const sut = parseInspectionText(
      [
        'What needs to improve?',
        `${glyph} The timely recognition and response to risk at the front door.`,
        '',
        `${glyph} The quality of assessments, to ensure that they are regularly updated and are not`,
        '  over-optimistic in their analysis.',
        '',
        'The experiences and progress of children who need help and',
        'protection: inadequate',
        '1.    Children in need of help and protection are not always identified.',
      ].join('\n'),
    );
    expect(texts(sut)).toEqual([
      'The timely recognition and response to risk at the front door.',
      'The quality of assessments, to ensure that they are regularly updated and are not over-optimistic in their analysis.',
    ]);
  });

  it.each([
    ['1.', (n: number) => `${n}.`],
    ['1)', (n: number) => `${n})`],
    ['(a)', (n: number) => `(${'abc'[n - 1]})`],
  ])('reads items numbered %s', (_, number) => {
    const sut = parseInspectionText(
      [
        'Recommendations',
        '',
        `${number(1)}   Ensure that all children are seen alone.`,
        `${number(2)}   Improve the quality of plans.`,
      ].join('\n'),
    );
    expect(texts(sut)).toEqual(['Ensure that all children are seen alone.', 'Improve the quality of plans.']);
  });

  it('keeps a sub-list inside its item: "the response to children:" and its dashed lines are one item', () => {
    const sut = parseInspectionText(
      [
        'What needs to improve?1',
        '     \u25fc The recording of management oversight, supervision and direction.',
        '',
        '     \u25fc The oversight, timeliness and rigour of the response to children:',
        '         \u2212 experiencing neglect, including children in Public Law Outline pre-',
        '           proceedings, and',
        '         \u2212 in private fostering arrangements.',
        '',
        'The experiences and progress of children who need help and',
        'protection: good',
      ].join('\n'),
    );
    expect(texts(sut)).toEqual([
      'The recording of management oversight, supervision and direction.',
      'The oversight, timeliness and rigour of the response to children: experiencing neglect, including children in Public Law Outline pre-proceedings, and in private fostering arrangements.',
    ]);
    expect(sut.recommendations[0].heading).toBe('What needs to improve?');
  });
});

describe('numbered lists across sub-headings', () => {
  const hull = [
    'What does the local authority need to improve?',
    'Priority and immediate action',
    '',
    'The quality of social work practice',
    '',
    '1.   Ensure that joint visits are undertaken swiftly.',
    '',
    'Leadership, management and governance',
    '',
    '2.   Strengthen the management oversight within the access and assessment',
    '     service.',
    '',
    'Areas for improvement',
    '',
    'Leadership, management and governance',
    '',
    '3. Working through, and reporting to the local safeguarding children board,',
    '    ensure that partners apply the threshold consistently.',
    '',
    '4. Senior managers should review the use of police powers of protection.',
    '',
    'The local authority’s strengths',
    '',
    '5. There is strong political and corporate support for children’s services.',
  ].join('\n');

  it('keeps the list open while the numbers follow on, whatever the first word of an item', () => {
    const sut = parseInspectionText(hull);
    expect(sut.recommendations.map(({ reference, timescale, theme }) => [reference, timescale, theme])).toEqual([
      ['1', 'immediate', 'The quality of social work practice'],
      ['2', 'immediate', 'Leadership, management and governance'],
      ['3', null, 'Leadership, management and governance'],
      ['4', null, 'Leadership, management and governance'],
    ]);
    expect(texts(sut)[2]).toBe(
      'Working through, and reporting to the local safeguarding children board, ensure that partners apply the threshold consistently.',
    );
  });

  it('ends the list at a heading of strengths, even though the numbering goes on', () => {
    expect(texts(parseInspectionText(hull))).not.toContain(
      'There is strong political and corporate support for children’s services.',
    );
  });

  it('warns when the numbering skips, quoting the lines it could not place', () => {
    const sut = parseInspectionText(
      [
        'Recommendations',
        '',
        '1.   Ensure that all children are seen alone.',
        '',
        '2.   Improve the quality of plans.',
        '',
        '     The quality of plans for disabled children and the timeliness',
        '',
        '4.   Review the placement strategy.',
      ].join('\n'),
    );
    expect(texts(sut)).toHaveLength(3);
    expect(sut.warnings).toContainEqual({
      line: 6,
      text: 'The quality of plans for disabled children and the timeliness',
      reason:
        'The numbering of the recommendations skips from 2 to 4: item 3 was not read. The lines between are quoted here.',
      code: 'numbering_gap',
    });
  });
});

describe('headings that open a list of things to improve', () => {
  it.each([
    'What needs to improve',
    'What needs to improve?',
    'What needs to improve?1',
    'Recommendations',
    'Areas for improvement',
    'Priority actions',
    'Priority and immediate action',
    'What does the LSCB need to improve?',
  ])('"%s"', (heading) => {
    const sut = parseInspectionText([heading, '', '\u25fc The quality of supervision.'].join('\n'));
    expect(texts(sut)).toEqual(['The quality of supervision.']);
  });

  it('sets the timescale from "Immediately" and "Within three months" inside the list', () => {
    const sut = parseInspectionText(
      [
        'Areas for improvement',
        '',
        'Immediately:',
        '\u2022 ensure that all children have an allocated social worker',
        '',
        'Within three months:',
        '\u2022 improve the quality of care plans',
      ].join('\n'),
    );
    expect(sut.recommendations.map(({ timescale }) => timescale)).toEqual(['immediate', 'within_three_months']);
  });

  it('addresses the items of the board’s own part of a combined report to the LSCB', () => {
    const sut = parseInspectionText(
      [
        'Kirklees',
        'Inspection of services for children in need of help and protection, children looked after and care leavers',
        'Inspection date: 12 September to 6 October 2016',
        '',
        'The local authority',
        '',
        'Recommendations',
        '1.   Take urgent action to ensure that all children are safeguarded.',
        '',
        'Summary for children and young people',
        '',
        'The Local Safeguarding Children Board (LSCB)',
        '',
        'Recommendations',
        '',
        '117. Ensure that all partner agencies participate in the work of the board.',
      ].join('\n'),
    );
    expect(sut.recommendations.map(({ addressee, reference }) => [reference, addressee])).toEqual([
      ['1', 'the local authority'],
      ['117', 'the LSCB'],
    ]);
  });

  it('takes a paragraph written instead of a list as one recommendation, and says so', () => {
    const sut = parseInspectionText(
      [
        'What needs to improve?',
        'There are an extremely small number of areas of variability in what is otherwise an',
        'exceptional practice.',
        '',
        'The experiences and progress of children who need help and',
        'protection: outstanding',
      ].join('\n'),
    );
    expect(texts(sut)).toEqual([
      'There are an extremely small number of areas of variability in what is otherwise an exceptional practice.',
    ]);
    expect(sut.warnings).toContainEqual(
      expect.objectContaining({
        line: 2,
        code: 'recommendation_from_prose',
        reason: expect.stringMatching(/^Read as/),
      }),
    );
  });

  it('warns, quoting what follows, when a heading yields no item at all', () => {
    const sut = parseInspectionText(
      ['Recommendations', '', 'Next steps', '', 'The council will publish its plan.'].join('\n'),
    );
    expect(texts(sut)).toEqual([]);
    expect(sut.warnings).toContainEqual({
      line: 1,
      text: 'Next steps / The council will publish its plan.',
      reason:
        'The heading "Recommendations" opens a list of recommendations, but no item could be read under it. The lines that follow are quoted here.',
      code: 'empty_recommendations_heading',
    });
  });

  it('is silent when the report says there is nothing under a heading', () => {
    const sut = parseInspectionText(
      [
        'What does the local authority need to improve?',
        'Priority and immediate action',
        '',
        'The inspection did not find any areas for priority and immediate action',
        '',
        'Areas for improvement',
        '',
        '9.   Evaluate with partners the extent to which early help reduces need.',
        '',
        'The local authority has the following strengths:',
        '',
        '10. Senior leaders demonstrate a detailed and realistic understanding.',
      ].join('\n'),
    );
    expect(texts(sut)).toEqual(['Evaluate with partners the extent to which early help reduces need.']);
    expect(codes(sut)).not.toContain('empty_recommendations_heading');
    expect(codes(sut)).not.toContain('unplaced_in_recommendations');
  });
});

describe('the ways a grade is written', () => {
  it('a SIF front page: the overall judgement, a grade cell split around its label, the board', () => {
    const sut = parseInspectionText(
      [
        'Coventry City Council',
        'Inspection of services for children in need of help and protection, children looked after and care leavers',
        'and',
        'Review of the effectiveness of the local safeguarding children board',
        'Inspection date: 28 January–5 February 2014',
        '',
        'The overall judgement is inadequate',
        '',
        '1. Children who need help and protection                                   Inadequate',
        '',
        '                                                                           Requires',
        '2. Children looked after and achieving permanence',
        '                                                                           Improvement',
        '',
        '            2.1 Adoption performance                                       Good',
        '',
        '            2.2 Experiences and progress of care leavers                   Good',
        '',
        '3. Leadership, management and governance                                   Inadequate',
        '',
        'The effectiveness of the Local Safeguarding Children Board (LSCB) is',
        'inadequate',
      ].join('\n'),
    );
    expect(grades(sut)).toEqual({
      overall_effectiveness: 'inadequate',
      help_and_protection: 'inadequate',
      children_looked_after: 'requires_improvement',
      adoption: 'good',
      care_leavers: 'good',
      leadership: 'inadequate',
      lscb: 'inadequate',
    });
    expect(sut.judgements.find((judgement) => judgement.key === 'children_looked_after')?.lines).toEqual([11, 13]);
    expect(codes(sut)).not.toContain('missing_judgement');
  });

  it.each([
    ['The overall judgement is that children’s services require improvement', 'requires_improvement'],
    ['The overall judgement is requires improvement.', 'requires_improvement'],
    ['Children’s services in Kirklees are inadequate', 'inadequate'],
    ['Children’s services in Middlesbrough require improvement to be good', 'requires_improvement'],
  ])('"%s" is the overall judgement, and not part of the table below it', (sentence, grade) => {
    const sut = parseInspectionText(
      [
        'Inspection of services for children in need of help and protection, children looked after and care leavers',
        '',
        sentence,
        '1. Children who need help and protection                          Good',
      ].join('\n'),
    );
    expect(sut.judgements.map(({ key, label, grade: { normalised } }) => [key, label, normalised])).toEqual([
      ['overall_effectiveness', expect.stringMatching(/^Overall judgement/), grade],
      ['help_and_protection', 'Children who need help and protection', 'good'],
    ]);
  });

  it('"The Local Safeguarding Children Board requires improvement" is the board’s judgement', () => {
    const sut = parseInspectionText(
      [
        'Review of the effectiveness of the Local Safeguarding Children Board',
        '',
        'The Local Safeguarding Children Board requires improvement',
      ].join('\n'),
    );
    expect(sut.kind).toBe('LSCB');
    expect(grades(sut)).toEqual({ lscb: 'requires_improvement' });
    expect(sut.layout?.judgements).toEqual(['lscb']);
  });

  it.each([
    ['the private-use bullets of 2017', '\uf06e', '\uf02d'],
    ['no markers', '', ''],
  ])('a list of the previous inspection’s judgements is not this inspection’s grades (%s)', (_, marker, subMarker) => {
    const sut = parseInspectionText(
      [
        'Leicester City Council',
        'Inspection of services for children in need of help and protection, children looked after and care leavers',
        'Inspection date: 19 June to 13 July 2017',
        '',
        `${marker} The last inspection report for the local authority’s children’s services was`,
        '  published in 20 March 2015. The judgements for the local authority were:',
        `    ${subMarker} Overall effectiveness: inadequate`,
        `    ${subMarker} Children who need help and protection: inadequate`,
        `    ${subMarker} Adoption performance: good`,
      ].join('\n'),
    );
    expect(sut.judgements).toEqual([]);
    expect(codes(sut).filter((code) => code === 'earlier_inspection')).toHaveLength(3);
  });

  const ilacs = (dates: string, rows: string[]) =>
    parseInspectionText(
      [
        'Inspection of Middlesbrough local',
        'authority children’s services',
        `Inspection dates: ${dates}`,
        '',
        ' Judgement                                  Grade',
        '',
        ...rows,
      ].join('\n'),
    );
  const FOUR = [
    ' The impact of leaders on social work       Requires improvement to be good',
    ' practice with children and families',
    '',
    ' The experiences and progress of            Requires improvement to be good',
    ' children who need help and protection',
    '',
    ' The experiences and progress of            Good',
    ' children in care',
    '',
    ' The experiences and progress of care       Outstanding',
    ' leavers',
  ];

  it('from April 2026: four judgements, and the draft says there is no overall one rather than warning', () => {
    const sut = ilacs('8 to 19 June 2026', FOUR);
    expect(grades(sut)).toEqual({
      leadership: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      children_in_care: 'good',
      care_leavers: 'outstanding',
    });
    expect(sut.layout).toEqual({
      name: 'ILACS from April 2026',
      judgements: ['leadership', 'help_and_protection', 'children_in_care', 'care_leavers'],
      note: 'Inspections from April 2026 give four judgements and no overall effectiveness judgement.',
    });
    expect(codes(sut)).not.toContain('missing_judgement');
  });

  it('before April 2026 the same table lacks its overall effectiveness judgement, and the draft says so', () => {
    const sut = ilacs('19 to 30 January 2026', FOUR);
    expect(sut.layout?.name).toBe('ILACS 2023–26');
    expect(sut.warnings).toContainEqual({
      line: null,
      text: '',
      reason:
        'No grade was found for "Overall effectiveness", which reports of this layout (ILACS 2023–26) give: check the report\'s judgements.',
      code: 'missing_judgement',
    });
  });
});

describe('the council', () => {
  it('is read from the title, not from a predecessor or neighbour the body names', () => {
    const sut = parseInspectionText(
      [
        'City of London',
        'Inspection of services for children in need of help and protection, children looked after and care leavers',
        '',
        'Children’s services in the City of London are good',
        '',
        'Services are provided under an agreement with the London Borough of Hackney. The London Borough of',
        'Hackney Council provides the out-of-hours service; Hackney Council also hosts the board.',
      ].join('\n'),
    );
    expect(sut.authority).toEqual({ name: 'City of London', lines: [1, 1] });
  });

  it.each([
    ['Inspection of Knowsley Council local', 'authority children’s services', 'Knowsley Council'],
    [
      'Inspection of Staffordshire County',
      'Council local authority children’s services',
      'Staffordshire County Council',
    ],
    ['Inspection of Sometown Children’s Services Trust', 'local authority children’s services', 'Sometown'],
  ])('"%s %s" is %s', (first, second, name) => {
    const sut = parseInspectionText([first, second, 'Inspection dates: 11 to 22 October 2021'].join('\n'));
    expect(sut.authority.name).toBe(name);
    expect(sut.kind).toBe('ILACS');
  });

  it('a focused visit is a visit of its own kind without grades, and the draft does not ask for any', () => {
    const sut = parseInspectionText(
      [
        'Focused visit to Bury local authority children’s services',
        '',
        'Priority action',
        '',
        '\u25fc Ensure that children at risk of harm are seen promptly.',
      ].join('\n'),
    );
    expect(sut.authority.name).toBe('Bury');
    expect(sut.kind).toBe('FOCUSED');
    expect(sut.layout?.note).toBe('A focused visit gives no graded judgements.');
    expect(codes(sut)).not.toContain('no_judgements');
    expect(sut.recommendations.map(({ text, timescale }) => [text, timescale])).toEqual([
      ['Ensure that children at risk of harm are seen promptly.', 'immediate'],
    ]);
  });
});
