/**
 * Papers written before an inspection describe its grading scale and process: they give no
 * judgements of their own, and the draft must say why rather than stay silent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';

const read = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');

describe('pre-inspection briefings', () => {
  it("Kent's JAR briefing: no judgements; the 1-4 scale and earlier APA scores are warned about", () => {
    const sut = parseInspectionText(read('kent-jar-briefing-2007.txt'));

    expect(sut.judgements).toEqual([]);
    expect(sut.recommendations).toEqual([]);
    expect(sut.kind).toBe('JAR');
    const byCode = Object.fromEntries(sut.warnings.map((warning) => [warning.code, warning]));
    expect(byCode.grade_scale).toMatchObject({
      line: 29,
      text: expect.stringContaining('scored between 1 (inadequate) and 4 (outstanding)'),
    });
    expect(byCode.grade_count).toMatchObject({ line: 15, text: expect.stringContaining('3s (good)') });
    expect(byCode.no_judgements.reason).toMatch(/describes the grading scale/);
  });

  it('the APA and JAR briefing: no judgements; its talk of grading is the process, and said so', () => {
    const sut = parseInspectionText(read('apa-and-jar-briefing-2007.txt'));

    expect(sut.judgements).toEqual([]);
    expect(sut.recommendations).toEqual([]);
    const process = sut.warnings.filter((warning) => warning.code === 'process_description');
    expect(process.map((warning) => warning.line)).toEqual(expect.arrayContaining([25, 43, 48]));
    const summary = sut.warnings.find((warning) => warning.code === 'no_judgements');
    expect(summary?.reason).toMatch(/describes the inspection process/);
    expect(sut.warnings.find((warning) => warning.code === 'no_authority')).toBeDefined();
  });
});
