/**
 * The general rules, one form at a time, on small texts written the ways councils and inspectorates
 * write: tables of every shape, `Area: Grade`, numbers with the scale's direction, sentences, the
 * traps, and recommendation lists under each kind of heading.
 */
import { parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';

const judgementsOf = (text: string) =>
  parseInspectionText(text).judgements.map((judgement) => ({
    key: judgement.key,
    published: judgement.grade.published,
    normalised: judgement.grade.normalised,
    scored: judgement.scored,
    lines: judgement.lines,
  }));

const codesOf = (text: string) => parseInspectionText(text).warnings.map((warning) => [warning.line, warning.code]);

describe('judgements', () => {
  it('reads a Markdown table, skipping its header and rule', () => {
    const sut = judgementsOf(
      [
        'Joint area review of Sometown',
        '',
        '| Area | Grade |',
        '|---|:---:|',
        '| Safeguarding | Good |',
        '| Service management | **Adequate** |',
      ].join('\n'),
    );
    expect(sut).toEqual([
      { key: 'safeguarding', published: 'Good', normalised: 'good', scored: true, lines: [5, 5] },
      { key: 'service_management', published: 'Adequate', normalised: 'adequate', scored: true, lines: [6, 6] },
    ]);
  });

  it('reads a layout table whose label and grade cells both wrap', () => {
    const text = [
      'Inspection of children’s social care services',
      '',
      ' Judgement                                             Grade',
      '',
      ' The experiences and progress of children who need    Requires improvement',
      ' help and protection                                   to be good',
      '',
      '                                                       Inadequate',
      ' Overall effectiveness',
    ].join('\n');
    expect(judgementsOf(text)).toEqual([
      {
        key: 'help_and_protection',
        published: 'Requires improvement to be good',
        normalised: 'requires_improvement',
        scored: true,
        lines: [5, 6],
      },
      { key: 'overall_effectiveness', published: 'Inadequate', normalised: 'inadequate', scored: true, lines: [8, 9] },
    ]);
  });

  it('reads `Area: Grade` lines and bulleted ones, and a heading over a grade line', () => {
    const text = [
      'Annual performance assessment of Sometown',
      '',
      '- Being healthy: Good',
      '- Staying safe – Grade 2 (adequate)',
      '',
      'Capacity to improve',
      'Outstanding',
    ].join('\n');
    expect(judgementsOf(text)).toEqual([
      { key: 'being_healthy', published: 'Good', normalised: 'good', scored: true, lines: [3, 3] },
      { key: 'staying_safe', published: 'Grade 2 (adequate)', normalised: 'adequate', scored: true, lines: [4, 4] },
      { key: 'capacity_to_improve', published: 'Outstanding', normalised: 'outstanding', scored: true, lines: [6, 7] },
    ]);
  });

  it('reads bare numbers by the direction of the scale: JAR counts 4 as outstanding, 2012–13 counts 1', () => {
    const jar = judgementsOf('Joint Area Review\n\nSafeguarding\t4\nService management\t2\nContents\t3');
    expect(jar.map(({ key, normalised }) => [key, normalised])).toEqual([
      ['safeguarding', 'outstanding'],
      ['service_management', 'adequate'],
    ]);
    const lac = judgementsOf(
      'Inspection of looked after children services\n\nAll judgements use this scale: Outstanding (Grade 1) to Inadequate (Grade 4).\n\nCapacity to improve\t2',
    );
    expect(lac.map(({ key, normalised }) => [key, normalised])).toEqual([['capacity_to_improve', 'good']]);
  });

  it('warns instead of guessing when a number has no scale', () => {
    const text = 'Some inspection\n\nOverall effectiveness: Grade 3';
    expect(judgementsOf(text)).toEqual([]);
    expect(codesOf(text)).toContainEqual([3, 'unresolved_grade']);
  });

  it('reads sentences: "X is outstanding." and "X is good, with outstanding capacity …" as two', () => {
    const text = [
      'Joint Area Review of Sometown',
      '',
      'Safeguarding is outstanding. Staff morale is good.',
      'Service management is good, with outstanding capacity to drive further improvement.',
      'Youth support was judged to be adequate.',
      'The Local Safeguarding Children Board requires improvement',
    ].join('\n');
    expect(judgementsOf(text).map(({ key, normalised, scored }) => [key, normalised, scored])).toEqual([
      ['safeguarding', 'outstanding', true],
      ['service_management', 'good', true],
      ['capacity_to_improve', 'outstanding', true],
      ['youth_support', 'adequate', false],
    ]);
  });

  it('reads "scored 3 (good)" and the graded-judgement sentences of the single inspection framework', () => {
    const jar = judgementsOf('Joint Area Review\n\nService management scored 3 (good) overall.');
    expect(jar.map(({ key, normalised }) => [key, normalised])).toEqual([['service_management', 'good']]);
    const sif = judgementsOf(
      [
        'Inspection of services for children in need of help and protection, children looked after and care leavers',
        '',
        'The overall judgement is that children’s services are good',
        '',
        'The graded judgement for adoption performance is that it requires',
        'improvement',
      ].join('\n'),
    );
    expect(sif.map(({ key, normalised }) => [key, normalised])).toEqual([
      ['overall_effectiveness', 'good'],
      ['adoption', 'requires_improvement'],
    ]);
  });

  it('takes the source’s word that an area is judged but not scored', () => {
    expect(judgementsOf('Inspection report\n\nHealth: judged good (not scored)')).toEqual([
      { key: 'health', published: 'judged good (not scored)', normalised: 'good', scored: false, lines: [3, 3] },
    ]);
  });

  it('keeps the first grade when another place disagrees, and says so', () => {
    const text = 'Joint Area Review\n\nSafeguarding\tGood\n\nSafeguarding is adequate.';
    expect(judgementsOf(text).map(({ normalised }) => normalised)).toEqual(['good']);
    expect(codesOf(text)).toContainEqual([5, 'conflicting_grade']);
  });
});

describe('traps: grade-like text that is not a judgement of this inspection', () => {
  it('grades of an earlier inspection, in a table or a sentence', () => {
    const text = [
      'Joint Area Review',
      'Inspection dates: 3 – 14 March 2008',
      '',
      'Grades at the previous inspection',
      '',
      'Safeguarding\tAdequate',
      '',
      'In 2005 service management was judged inadequate.',
      'At the last inspection, safeguarding was judged to be good.',
    ].join('\n');
    expect(judgementsOf(text)).toEqual([]);
    expect(codesOf(text)).toEqual(
      expect.arrayContaining([
        [6, 'earlier_inspection'],
        [8, 'earlier_inspection'],
        [9, 'earlier_inspection'],
      ]),
    );
  });

  it('grade definitions and the scale', () => {
    const text = [
      'Inspection of looked after children services',
      '',
      'Outstanding (Grade 1)   A service that significantly exceeds minimum requirements',
      'Good (Grade 2)          A service that exceeds minimum requirements',
      '',
      'Areas are scored between 1 (inadequate) and 4 (outstanding).',
      'An LSCB requires improvement if it does not yet demonstrate the characteristics of good.',
    ].join('\n');
    expect(judgementsOf(text)).toEqual([]);
    expect(codesOf(text)).toEqual(
      expect.arrayContaining([
        [3, 'grade_scale'],
        [4, 'grade_scale'],
        [6, 'grade_scale'],
      ]),
    );
  });

  it("RAG statuses and counts of grades (three 'threes')", () => {
    const text = [
      'Joint Area Review',
      '',
      'Improve SEN reviews\tAmber',
      'Improve data collection\tGreen',
      '',
      "Halton scored three 'threes' and two 'fours' in the core areas.",
      'The council scored 3s (good) for service delivery.',
    ].join('\n');
    expect(judgementsOf(text)).toEqual([]);
    expect(codesOf(text)).toEqual([
      [3, 'rag_status'],
      [3, 'no_judgements'],
      [4, 'rag_status'],
      [6, 'grade_count'],
      [7, 'grade_count'],
      [null, 'no_authority'],
      [null, 'no_recommendations'],
    ]);
  });

  it('a table of contents is not a table of grades', () => {
    const text =
      'Inspection of looked after children services\n\nContents\n\nCapacity to improve        4\nQuality of provision       15';
    expect(judgementsOf(text)).toEqual([]);
  });
});

describe('recommendations', () => {
  const recommendationsOf = (text: string) =>
    parseInspectionText(text).recommendations.map(({ text: words, kind, timescale, addressee, lines, reference }) => ({
      text: words,
      kind,
      timescale,
      addressee,
      lines,
      reference,
    }));

  it('JAR layout: timescale headings, lead-ins naming who acts, every bullet style, wrapped items', () => {
    const text = [
      'Recommendations',
      '',
      'For immediate action',
      '',
      'The local partnership should:',
      '',
      '\uf0b7 ensure that all children looked after have an up-to-date care plan',
      '· improve the timeliness of initial assessments so that',
      '  children in need are seen quickly.',
      '',
      'For action over the next six months',
      '',
      'The Local Safeguarding Children Board should:',
      '(i) develop a strategy for',
      '    young carers',
      '(ii) review private fostering.',
      '',
      'For action in the longer term',
      '',
      '* Reduce the number of young people not in education, employment or training.',
      '',
      'Main findings',
      '',
      '1. The service is improving.',
    ].join('\n');
    expect(recommendationsOf(text)).toEqual([
      {
        text: 'ensure that all children looked after have an up-to-date care plan',
        kind: null,
        timescale: 'immediate',
        addressee: 'The local partnership',
        lines: [7, 7],
        reference: null,
      },
      {
        text: 'improve the timeliness of initial assessments so that children in need are seen quickly.',
        kind: null,
        timescale: 'immediate',
        addressee: 'The local partnership',
        lines: [8, 9],
        reference: null,
      },
      {
        text: 'develop a strategy for young carers',
        kind: null,
        timescale: 'within_six_months',
        addressee: 'The Local Safeguarding Children Board',
        lines: [14, 15],
        reference: 'i',
      },
      {
        text: 'review private fostering.',
        kind: null,
        timescale: 'within_six_months',
        addressee: 'The Local Safeguarding Children Board',
        lines: [16, 16],
        reference: 'ii',
      },
      {
        text: 'Reduce the number of young people not in education, employment or training.',
        kind: null,
        timescale: 'longer_term',
        addressee: null,
        lines: [20, 20],
        reference: null,
      },
    ]);
  });

  it('a list without markers under "Areas for improvement", ended by the next section', () => {
    const text = [
      'Areas for improvement',
      '',
      'Ensure that every child has a care plan.',
      'Improve the recording of supervision.',
      '',
      'Background',
      '',
      'The council has 200 children in care.',
    ].join('\n');
    expect(recommendationsOf(text).map(({ text: words, lines }) => [words, lines])).toEqual([
      ['Ensure that every child has a care plan.', [3, 3]],
      ['Improve the recording of supervision.', [4, 4]],
    ]);
  });

  it('warns about lines under a recommendations heading that it cannot place', () => {
    const text = [
      'Recommendations',
      '',
      'See the appendix for details of the action plan.',
      '',
      '- Improve care planning',
    ].join('\n');
    const sut = parseInspectionText(text);
    expect(sut.recommendations.map((item) => item.text)).toEqual(['Improve care planning']);
    expect(sut.warnings.map(({ line, code }) => [line, code])).toContainEqual([3, 'unplaced_in_recommendations']);
  });
});

describe('a JAR report page', () => {
  const sut = parseInspectionText(
    [
      'Joint area review',
      '',
      'Sometown Children’s Services Authority Area',
      '',
      'Review of services for children and young people',
      '',
      'Age group: All          Published: 20 May 2008          Reference no: 999',
      '',
      'Grades',
      '1: inadequate     2: adequate     3: good     4: outstanding',
      '',
      '                                              Local services overall',
      'Safeguarding                                               3',
      'Looked after children                                      3',
      'Learning difficulties and/or disabilities                  2',
      '',
      'What the council needs to do to improve',
      '',
      'Recommendation 1: Improve the timeliness of assessments.',
      'Recommendation 2: Review the placement strategy.',
    ].join('\n'),
  );

  it('reads the area, the publication date beside other fields, and numbers on the JAR scale', () => {
    expect(sut.authority).toEqual({ name: 'Sometown', lines: [3, 3] });
    expect(sut.dates.published).toEqual({ date: '2008-05-20', lines: [7, 7] });
    expect(sut.judgements.map(({ key, grade }) => [key, grade.published, grade.normalised])).toEqual([
      ['safeguarding', '3', 'good'],
      ['looked_after_children', '3', 'good'],
      ['ldd', '2', 'adequate'],
    ]);
    expect(sut.warnings.map(({ line, code }) => [line, code])).toContainEqual([10, 'grade_scale']);
  });

  it('reads "Recommendation 1:" items, addressed as the heading says', () => {
    expect(sut.recommendations.map(({ text, addressee, reference }) => [text, addressee, reference])).toEqual([
      ['Improve the timeliness of assessments.', 'the council', '1'],
      ['Review the placement strategy.', 'the council', '2'],
    ]);
  });
});

describe('metadata', () => {
  it('reads the authority, the kind and the dates from the title block', () => {
    const sut = parseInspectionText(
      [
        'London Borough of Somewhere',
        'Inspection of local authority children’s services',
        'Inspection dates: 28 November to 9 December 2022',
        'Date of publication: 3 February 2023',
      ].join('\n'),
    );
    expect(sut.authority).toEqual({ name: 'London Borough of Somewhere', lines: [1, 1] });
    expect(sut.kind).toBe('ILACS');
    expect(sut.dates).toEqual({
      inspection: { from: '2022-11-28', to: '2022-12-09', lines: [3, 3] },
      published: { date: '2023-02-03', lines: [4, 4] },
    });
  });
});
