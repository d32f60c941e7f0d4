/**
 * Outcome or process, from the wording alone, on the recommendations of three published Ofsted
 * reports as a careful reader classified them (`class` in expected.json; `mixed` counts either way).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyRecommendation } from '../../../src/plans/breakdown/classify';

interface ExpectedReport {
  file: string;
  recommendations: { text: string; class: 'outcome' | 'process' | 'mixed' }[];
}

const reports: ExpectedReport[] = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/inspections/expected.json'), 'utf8'),
);

describe('classifying recommendations as outcome or process', () => {
  const rows = reports.flatMap((report) => report.recommendations.map((item) => ({ file: report.file, ...item })));

  it('agrees with a careful reader on at least 85 % of the Ofsted fixtures', () => {
    const disagreements = rows.filter((row) => {
      const { kind } = classifyRecommendation(row.text);
      return row.class !== 'mixed' && row.class !== kind;
    });
    const agreement = (rows.length - disagreements.length) / rows.length;
    const listing = disagreements.map((row) => `  expected ${row.class}: ${row.text.slice(0, 110)}`).join('\n');
    console.info(
      `Outcome/process agreement on ${rows.length} Ofsted recommendations: ${(agreement * 100).toFixed(1)} %` +
        (listing ? `\n${listing}` : ''),
    );
    expect(rows.length).toBeGreaterThan(50);
    expect(agreement).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['Ensure that all children looked after are registered with a dentist.', 'outcome'],
    ['Reduce the number of first-time entrants to the youth justice system', 'outcome'],
    ['Improve the quality and timeliness of case recording', 'process'],
    ['Ensure that IROs have sufficient capacity to fulfil their statutory role.', 'process'],
  ] as const)('%s → %s, with a reason quoting the words', (text, kind) => {
    const result = classifyRecommendation(text);
    expect(result.kind).toBe(kind);
    expect(result.reason).toMatch(new RegExp(`^Classified as an? ${kind} action`));
  });
});
