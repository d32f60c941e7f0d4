/**
 * The national outcomes file (ilacs-history.csv): one row an inspection report, with Ofsted's
 * provider number, the dates, the framework and the five judgements. The reader is strict: the
 * first fault refuses the whole file with a sentence naming its line and column, so a refresh
 * either replaces the national picture whole or changes nothing. Pure: no I/O.
 */
import type { InspectionSummary } from '../domain/council-comparison';
import { BENCHMARK_JUDGEMENTS, type Judgements } from '../domain/ilacs';
import { KNOWN_JUDGEMENT_WORDS, readJudgementCell } from './judgements';
import { NationalDataError } from './national-data-error';
import { readTable } from './table-reader';

/** One inspection as the file gives it, dates as YYYY-MM-DD. */
export interface OutcomeRecord extends InspectionSummary {
  /** The 1-based line of the file. */
  readonly line: number;
  /** Ofsted's provider number for the council's children's services. */
  readonly ofstedUrn: string;
  /** The council's name as the source wrote it, in lower case. */
  readonly authorityAsPublished: string;
}

export const OUTCOMES_FILE_COLUMNS = [
  'urn',
  'local_authority',
  'inspection_link',
  'publication_date',
  'inspection_framework',
  'inspector_name',
  'inspection_start_date',
  'inspection_end_date',
  ...BENCHMARK_JUDGEMENTS.map((judgement) => judgement.column),
] as const;

const WHAT = 'The outcomes file';
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

export function readOutcomesFile(text: string): OutcomeRecord[] {
  const rows = readTable(text, WHAT, OUTCOMES_FILE_COLUMNS);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const fail = (column: string, message: string): never => {
      throw new NationalDataError(
        'invalid_file',
        `Line ${row.line} of the outcomes file, column "${column}", ${message}`,
        row.line,
      );
    };
    const date = (column: string, required: boolean): string | null => {
      const text = row.cell(column);
      if (!text) return required ? fail(column, 'is empty; the date is needed, written as dd/mm/yy.') : null;
      return readDate(text) ?? fail(column, `has "${text}", which is not a date written as dd/mm/yy or dd/mm/yyyy.`);
    };
    const optional = (column: string) => row.cell(column) || null;

    const ofstedUrn = row.cell('urn');
    if (!/^\d{5,8}$/.test(ofstedUrn)) fail('urn', `has "${ofstedUrn}", which is not Ofsted's provider number.`);
    const publishedOn = date('publication_date', true)!;
    const inspectionStart = date('inspection_start_date', false);
    const inspectionEnd = date('inspection_end_date', false);
    if (inspectionStart && inspectionEnd && inspectionEnd < inspectionStart) {
      fail('inspection_end_date', `has ${inspectionEnd}, before the inspection started on ${inspectionStart}.`);
    }
    const judgements = {} as Record<string, unknown>;
    for (const judgement of BENCHMARK_JUDGEMENTS) {
      const cell = row.cell(judgement.column);
      const value = readJudgementCell(cell);
      if (!value)
        fail(judgement.column, `has "${cell}", which is not a grade: the file may use ${KNOWN_JUDGEMENT_WORDS}.`);
      judgements[judgement.key] = value;
    }
    const key = `${ofstedUrn} ${publishedOn}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        'publication_date',
        `repeats the report of provider ${ofstedUrn} published on ${publishedOn} (line ${earlier}).`,
      );
    }
    seen.set(key, row.line);
    return {
      line: row.line,
      ofstedUrn,
      authorityAsPublished: row.cell('local_authority'),
      publishedOn,
      inspectionStart,
      inspectionEnd,
      framework: optional('inspection_framework'),
      leadInspector: optional('inspector_name'),
      reportUrl: optional('inspection_link'),
      judgements: judgements as unknown as Judgements,
    };
  });
}

/**
 * "09/05/25" or "09/05/2025" → "2025-05-09"; null when it is not a real date of this century (the
 * earliest reports are from 2005). A two-digit year is 20yy.
 */
export function readDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  if (year < 2000 || year > 2099) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
