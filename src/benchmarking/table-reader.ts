/**
 * A CSV file read as a table with a header: each row's cells by column name, with its line, after
 * checking that every column the caller needs is there and that no row has more or fewer cells
 * than the header. Pure: no I/O.
 */
import { CsvSyntaxError, parseCsv } from './csv';
import { NationalDataError } from './national-data-error';

export interface TableRow {
  /** The 1-based line of the file the row starts on. */
  readonly line: number;
  cell(column: string): string;
}

/**
 * @param what the file in words, to begin each refusal ("The outcomes file").
 * @param required the columns that must be in the header; others are allowed and ignored.
 */
export function readTable(text: string, what: string, required: readonly string[]): TableRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new NationalDataError('invalid_file', `${what} is not valid CSV: ${lowerFirst(error.message)}`, error.line);
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new NationalDataError('invalid_file', `${what} is empty.`);
  const names = header.fields.map((name) => name.trim());
  const index = new Map<string, number>();
  names.forEach((name, position) => {
    if (index.has(name)) {
      throw new NationalDataError('invalid_file', `${what} has two columns named "${name}".`, header.line);
    }
    index.set(name, position);
  });
  const missing = required.filter((column) => !index.has(column));
  if (missing.length) {
    const list = missing.map((column) => `"${column}"`).join(', ');
    throw new NationalDataError(
      'invalid_file',
      `${what} has no ${missing.length === 1 ? 'column' : 'columns'} ${list}; its first line must name ${
        missing.length === 1 ? 'it' : 'them'
      }.`,
      header.line,
    );
  }
  if (!rows.length) throw new NationalDataError('invalid_file', `${what} has a header but no rows.`, header.line);
  return rows.map((record) => {
    if (record.fields.length !== names.length) {
      throw new NationalDataError(
        'invalid_file',
        `Line ${record.line} of ${lowerFirst(what)} has ${record.fields.length} ${
          record.fields.length === 1 ? 'cell' : 'cells'
        }, but the header has ${names.length} columns.`,
        record.line,
      );
    }
    return {
      line: record.line,
      cell: (column: string) => {
        const position = index.get(column);
        if (position === undefined) throw new Error(`Column ${column} was not asked for.`);
        return record.fields[position].trim();
      },
    };
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
