import { NationalDataError } from '../../../src/benchmarking/national-data-error';
import { readDate, readOutcomesFile } from '../../../src/benchmarking/outcomes-file';
import { readShippedFile } from '../../../src/benchmarking/shipped-dataset';

const HEADER =
  'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,' +
  'inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,' +
  'help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version';
const HALTON_2024 =
  "80471,halton,https://files.ofsted.gov.uk/v1/file/50252259,children's services inspection - 12 july 2024.pdf," +
  '12/07/24,standard,Lisa Summers,13/05/2024,24/05/2024,inadequate,inadequate,inadequate,inadequate,inadequate,1';

/** Halton's 2024 row with one cell replaced. */
function haltonWith(column: string, value: string): string {
  const names = HEADER.split(',');
  const cells = HALTON_2024.split(',');
  cells[names.indexOf(column)] = value;
  return `${HEADER}\n${cells.join(',')}\n`;
}

function refusal(text: string): NationalDataError {
  try {
    readOutcomesFile(text);
  } catch (error) {
    if (error instanceof NationalDataError) return error;
    throw error;
  }
  throw new Error('The file was accepted.');
}

describe('readOutcomesFile', () => {
  it('reads every inspection of the shipped file', () => {
    const sut = readOutcomesFile(readShippedFile('outcomes'));

    expect(sut).toHaveLength(497);
    expect(new Set(sut.map((record) => record.ofstedUrn)).size).toBe(153);
    expect(sut.find((record) => record.ofstedUrn === '80471' && record.publishedOn === '2024-07-12')).toEqual({
      line: expect.any(Number),
      ofstedUrn: '80471',
      authorityAsPublished: 'halton',
      publishedOn: '2024-07-12',
      inspectionStart: '2024-05-13',
      inspectionEnd: '2024-05-24',
      framework: 'standard',
      leadInspector: 'Lisa Summers',
      reportUrl: 'https://files.ofsted.gov.uk/v1/file/50252259',
      judgements: {
        overall_effectiveness: 'inadequate',
        leadership: 'inadequate',
        help_and_protection: 'inadequate',
        children_in_care: 'inadequate',
        care_leavers: 'inadequate',
      },
    });
  });

  it('keeps why a judgement has no grade, and reads the two-line "requires improvement to be good" as requires improvement', () => {
    const sut = readOutcomesFile(readShippedFile('outcomes'));
    const report = (urn: string, publishedOn: string) =>
      sut.find((record) => record.ofstedUrn === urn && record.publishedOn === publishedOn)!;

    expect(report('80431', '2026-07-28').judgements.overall_effectiveness).toBe('not_reported_post_reform');
    expect(report('80431', '2023-02-01').judgements.care_leavers).toBe('inspection_pre_dates_judgement');
    expect(report('80471', '2015-02-03')).toMatchObject({
      framework: null,
      inspectionStart: null,
      leadInspector: null,
      judgements: { overall_effectiveness: 'not_recorded', leadership: 'data_unreadable' },
    });
    expect(report('80559', '2019-08-27').judgements).toEqual({
      overall_effectiveness: 'not_recorded',
      leadership: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      children_in_care: 'requires_improvement',
      care_leavers: 'inspection_pre_dates_judgement',
    });
  });

  it('takes the columns in any order, ignores extra ones and reads a quoted name with a comma', () => {
    const text =
      'care_leavers_grade,in_care_grade,help_and_protection_grade,impact_of_leaders_grade,overall_effectiveness_grade,' +
      'inspection_end_date,inspection_start_date,inspector_name,inspection_framework,publication_date,inspection_link,' +
      'local_authority,urn,extra\r\n' +
      'good,good,good,good,good,13/12/2024,02/12/2024,John Roughton,standard,29/01/25,,' +
      '"bournemouth, christchurch & poole",2532287,anything\r\n';

    const [sut] = readOutcomesFile(text);

    expect(sut).toMatchObject({
      ofstedUrn: '2532287',
      authorityAsPublished: 'bournemouth, christchurch & poole',
      publishedOn: '2025-01-29',
      reportUrl: null,
    });
  });

  it.each([
    [
      'a missing column',
      HEADER.replace(',in_care_grade', '') + '\n1,2\n',
      'The outcomes file has no column "in_care_grade"; its first line must name it.',
    ],
    [
      'two missing columns',
      HEADER.replace(',urn', '').replace('urn,', '').replace(',inspector_name', '') + '\n',
      'The outcomes file has no columns "urn", "inspector_name"; its first line must name them.',
    ],
    [
      'a grade that is not a known word',
      haltonWith('in_care_grade', 'excellent'),
      'Line 2 of the outcomes file, column "in_care_grade", has "excellent", which is not a grade: the file may use ' +
        'outstanding, good, requires improvement, inadequate, not_reported_post_reform, inspection_pre_dates_judgement, ' +
        'data_unreadable, or an empty cell.',
    ],
    [
      'a date that does not exist',
      haltonWith('publication_date', '31/02/24'),
      'Line 2 of the outcomes file, column "publication_date", has "31/02/24", which is not a date written as dd/mm/yy or dd/mm/yyyy.',
    ],
    [
      'a date the other way round',
      haltonWith('inspection_start_date', '2024-05-13'),
      'Line 2 of the outcomes file, column "inspection_start_date", has "2024-05-13", which is not a date written as dd/mm/yy or dd/mm/yyyy.',
    ],
    [
      'no publication date',
      haltonWith('publication_date', ''),
      'Line 2 of the outcomes file, column "publication_date", is empty; the date is needed, written as dd/mm/yy.',
    ],
    [
      'a visit that ends before it starts',
      haltonWith('inspection_end_date', '01/05/2024'),
      'Line 2 of the outcomes file, column "inspection_end_date", has 2024-05-01, before the inspection started on 2024-05-13.',
    ],
    [
      'a provider number that is not one',
      haltonWith('urn', 'halton'),
      'Line 2 of the outcomes file, column "urn", has "halton", which is not Ofsted\'s provider number.',
    ],
    [
      'a row with a cell too many',
      `${HEADER}\n${HALTON_2024},x\n`,
      'Line 2 of the outcomes file has 16 cells, but the header has 15 columns.',
    ],
    [
      'the same report twice',
      `${HEADER}\n${HALTON_2024}\n${HALTON_2024}\n`,
      'Line 3 of the outcomes file, column "publication_date", repeats the report of provider 80471 published on 2024-07-12 (line 2).',
    ],
    ['an empty file', '', 'The outcomes file is empty.'],
    ['a header and nothing else', `${HEADER}\n`, 'The outcomes file has a header but no rows.'],
    [
      'a stray quote',
      haltonWith('inspector_name', 'Lisa "Summers'),
      'The outcomes file is not valid CSV: line 2 has a double quote inside a field that does not start with one.',
    ],
    ['a column named twice', `${HEADER},urn\n`, 'The outcomes file has two columns named "urn".'],
  ])('refuses %s with a sentence', (_case, text, message) => {
    const sut = refusal(text);

    expect(sut.message).toBe(message);
    expect(sut.kind).toBe('invalid_file');
  });
});

describe('readDate', () => {
  it.each([
    ['09/05/25', '2025-05-09'],
    ['9/5/2025', '2025-05-09'],
    ['29/02/24', '2024-02-29'],
    ['29/02/23', null],
    ['00/01/24', null],
    ['01/13/24', null],
    ['01/01/1999', null],
    ['1/1/2', null],
  ])('%s → %s', (text, expected) => {
    expect(readDate(text)).toBe(expected);
  });
});
