import fc from 'fast-check';
import { CsvSyntaxError, parseCsv } from '../../../src/benchmarking/csv';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const sut = parseCsv(
      'urn,local_authority,note\n' +
        '2532287,"bournemouth, christchurch & poole","said ""good"""\n' +
        '80471,halton,"two\r\nlines"\n' +
        '80472,hartlepool,\n',
    );

    expect(sut.map((record) => record.fields)).toEqual([
      ['urn', 'local_authority', 'note'],
      ['2532287', 'bournemouth, christchurch & poole', 'said "good"'],
      ['80471', 'halton', 'two\r\nlines'],
      ['80472', 'hartlepool', ''],
    ]);
    expect(sut.map((record) => record.line)).toEqual([1, 2, 3, 5]);
  });

  it('drops a byte-order mark, takes CRLF, LF and CR line ends, and skips empty lines', () => {
    expect(fields('\uFEFFa,b\r\n1,2\r\n\r\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps empty fields, quoted or not, wherever they fall', () => {
    expect(fields('"",,x,\n,\n"a",""')).toEqual([
      ['', '', 'x', ''],
      ['', ''],
      ['a', ''],
    ]);
  });

  it.each([
    ['a,b\n1,2"3\n', 'Line 2 has a double quote inside a field that does not start with one.', 2],
    ['a,b\n"1"2,3\n', 'Line 2 has text after the closing quote of a field.', 2],
    ['a,b\n1,"never\nclosed\n', 'The quoted field that starts on line 2 is never closed.', 2],
    ['a\n"x\n\ny" z\n', 'Line 4 has text after the closing quote of a field.', 4],
  ])('refuses %j with the line it is on', (text, message, line) => {
    const sut = () => parseCsv(text);

    expect(sut).toThrow(CsvSyntaxError);
    expect(sut).toThrow(message);
    try {
      sut();
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(line);
    }
  });

  it('reads back any table written by the rules of RFC 4180', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '’', '0') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, newline) => {
        const text = rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join(newline);
        expect(fields(text)).toEqual(rows);
      }),
    );
  });
});
