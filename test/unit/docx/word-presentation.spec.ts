/** How the Word documents colour a RAG cell and word a measure of success: pure, no document made. */
import { ragCellColours, type RagKey } from '../../../src/reports/docx/presentation';
import { measureWords } from '../../../src/reports/docx/inspectorate-plan-docx';
import type { IndicatorStatusLine } from '../../../src/rag/plan-status';

/** WCAG 2.2 contrast ratio of two RRGGBB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) =>
    [0, 2, 4]
      .map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255)
      .map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4))
      .reduce((sum, value, i) => sum + value * [0.2126, 0.7152, 0.0722][i], 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('Word documents', () => {
  it.each(['red', 'amber', 'green', 'complete', 'not_started', 'cancelled', 'no_data'] as RagKey[])(
    'writes the %s word in a colour that reads on its cell at 4.5:1 or more (WCAG 2.2 AA)',
    (rag) => {
      const sut = ragCellColours(rag);
      expect(sut.fill).toMatch(/^[0-9A-F]{6}$/);
      expect(contrast(sut.fill, sut.text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  const line = (overrides: Partial<IndicatorStatusLine>): IndicatorStatusLine => ({
    actionIndicatorId: 'a',
    actionId: 'b',
    actionReference: 'O1',
    indicatorId: 'c',
    code: 'NI 117',
    title: '16 to 18 year olds who are NEET',
    unit: 'percentage',
    polarity: 'lower_is_better',
    baseline: { value: '11.20', period: '2007-08' },
    target: { value: '9.00', date: '2010-03-31' },
    latest: null,
    previous: null,
    currency: 'No value recorded yet.',
    targetNow: null,
    rag: 'no_data',
    reason: 'No data yet.',
    direction: null,
    ...overrides,
  });

  it('words a measure of success from its baseline to its target, and which way is better', () => {
    expect(measureWords(line({}))).toBe(
      'NI 117 16 to 18 year olds who are NEET from 11.2 (2007-08) to 9 by 31 March 2010 (lower is better)',
    );
    expect(measureWords(line({ baseline: null, target: null, polarity: 'higher_is_better' }))).toBe(
      'NI 117 16 to 18 year olds who are NEET: target to be set (higher is better)',
    );
  });
});
