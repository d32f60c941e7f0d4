/**
 * Row heights for wrapped text, worked out from the text and the column width: a row is as tall as
 * its tallest wrapped cell, a line break starts a line, a word too long for a line is broken, and
 * no row is taller than Excel allows. (That the heights hold in a real spreadsheet program is
 * test/browser/workbooks-in-libreoffice.spec.ts's.)
 */
import {
  columnPixels,
  LINE_HEIGHT,
  MAX_ROW_HEIGHT,
  rowHeight,
  textWidth,
  wrappedLines,
} from '../../src/reports/excel/row-height';

describe('wrapped text in a workbook row', () => {
  it('counts a short text as one line, and adds a line where the text no longer fits', () => {
    expect(wrappedLines('Improve the timeliness of assessments', 40)).toBe(1);
    const sentence = 'Improve the timeliness of initial and core assessments across the service';
    expect(wrappedLines(sentence, 40)).toBe(2);
    expect(wrappedLines(sentence, 20)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines(sentence, 200)).toBe(1);
  });

  it('grows with the text and shrinks with the width', () => {
    const text = 'children placement review plan support carers '.repeat(12).trim();
    const lines = [20, 30, 40, 60, 80].map((width) => wrappedLines(text, width));
    for (let index = 1; index < lines.length; index++) expect(lines[index]).toBeLessThanOrEqual(lines[index - 1]);
    expect(lines[0]).toBeGreaterThan(lines[lines.length - 1]);
    expect(wrappedLines(`${text} ${text}`, 40)).toBeGreaterThanOrEqual(2 * wrappedLines(text, 40) - 1);
  });

  it('never puts more text on a line than the column holds', () => {
    const words = 'Ensure that all looked after children have an up to date care plan reviewed on time'.split(' ');
    for (const width of [12, 25, 40]) {
      // Fill lines greedily by the same measure and check that each fits the column.
      let line = '';
      const lines: string[] = [];
      for (const word of words) {
        const next = line ? `${line} ${word}` : word;
        if (textWidth(next) <= columnPixels(width)) line = next;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
      expect(wrappedLines(words.join(' '), width)).toBe(lines.length);
    }
  });

  it('starts a new line at each line break, and breaks a word longer than the column', () => {
    expect(wrappedLines('Red\nAmber\nGreen', 40)).toBe(3);
    expect(wrappedLines('first\n\nthird', 40)).toBe(3);
    const url = 'https://www.example.gov.uk/children/services/improvement/plan/2009/progress/report';
    expect(wrappedLines(url, 10)).toBeGreaterThanOrEqual(Math.ceil(textWidth(url) / columnPixels(10)));
    expect(wrappedLines(`See ${url} for more`, 10)).toBeGreaterThan(wrappedLines(url, 10));
  });

  it('counts capitals and bold as wider than lower case', () => {
    expect(textWidth('ABCDEFGH')).toBeGreaterThan(textWidth('abcdefgh'));
    expect(textWidth('illicit')).toBeLessThan(textWidth('mammoth'));
    expect(textWidth('Recommendation', true)).toBeGreaterThan(textWidth('Recommendation'));
  });

  it('makes a row as tall as its tallest wrapped cell, and leaves a row of one line alone', () => {
    const columns = [{ width: 8 }, { width: 40, wrap: true }, { width: 20, wrap: true }];
    expect(rowHeight(['O1', 'A short title', 'Owner'], columns)).toBeNull();
    const long = 'Improve the timeliness of initial and core assessments across the service, every week';
    const height = rowHeight(['O1', long, 'Owner'], columns);
    expect(height).toBeGreaterThanOrEqual(wrappedLines(long, 40) * LINE_HEIGHT);
    expect(rowHeight(['O1', 'x', long], columns)).toBeGreaterThan(height!);
    // Only wrapped columns count: an unwrapped cell runs on to the right, it does not grow.
    expect(rowHeight([long, 'x', 'y'], columns)).toBeNull();
    // Numbers, dates and blanks are one line.
    expect(rowHeight([null, 42, new Date()], columns)).toBeNull();
  });

  it('gives bold text more room, and no row more than Excel allows', () => {
    const heading = 'Every Child Matters outcome';
    expect(wrappedLines(heading, 12, true)).toBeGreaterThanOrEqual(wrappedLines(heading, 12));
    expect(rowHeight(['word '.repeat(5000)], [{ width: 30, wrap: true }])).toBe(MAX_ROW_HEIGHT);
  });
});
