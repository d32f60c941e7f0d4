import { NATIONAL_INDICATORS_2008 } from '../../src/indicators/catalogue/national-indicators-2008';
import { FREQUENCIES, POLARITIES } from '../../src/domain/vocabulary';

const UNITS = [
  'percentage',
  'number',
  'rate per 1,000',
  'rate per 10,000',
  'rate per 100,000',
  'score',
  'days',
] as const;

/**
 * The entries the breakdown relies on, with the direction users read them in. Only those whose code
 * and title were found in a public source are listed; NI 147, NI 148, NI 55 and NI 103 could not be
 * verified and are not in the catalogue.
 */
const BREAKDOWN_NEEDS = [
  { code: 'NI 117', polarity: 'lower_is_better' },
  { code: 'NI 53', polarity: 'higher_is_better' },
  { code: 'NI 56', polarity: 'lower_is_better' },
] as const;

describe('NATIONAL_INDICATORS_2008', () => {
  const codes = NATIONAL_INDICATORS_2008.map((indicator) => indicator.code);

  it('is not empty', () => {
    expect(NATIONAL_INDICATORS_2008.length).toBeGreaterThan(0);
  });

  it('gives every entry a code of the form "NI 117" or "NI 103a"', () => {
    for (const code of codes) expect(code).toMatch(/^NI \d{1,3}[a-z]?$/);
  });

  it('writes numbers without leading zeros', () => {
    for (const code of codes) expect(code).not.toMatch(/^NI 0/);
  });

  it('has unique codes', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has non-empty, trimmed, unique titles', () => {
    const titles = NATIONAL_INDICATORS_2008.map((indicator) => indicator.title);
    for (const title of titles) {
      expect(title.trim()).not.toBe('');
      expect(title).toBe(title.trim());
      expect(title).not.toMatch(/\s{2,}/);
    }
    const normalised = titles.map((title) => title.toLowerCase());
    expect(new Set(normalised).size).toBe(titles.length);
  });

  it('takes polarity and frequency from the vocabulary', () => {
    for (const indicator of NATIONAL_INDICATORS_2008) {
      expect(POLARITIES).toContain(indicator.polarity);
      expect(FREQUENCIES).toContain(indicator.frequency);
    }
  });

  it('uses one of the catalogue units', () => {
    for (const indicator of NATIONAL_INDICATORS_2008) expect(UNITS).toContain(indicator.unit);
  });

  it('names, for every entry, the document it was checked against and where to find it', () => {
    for (const indicator of NATIONAL_INDICATORS_2008) {
      const address = indicator.source.match(/https?:\/\/\S+/);
      expect(address).not.toBeNull();
      // the document is named in words before its address
      const description = indicator.source.slice(0, address?.index ?? 0).trim();
      expect(description.split(/\s+/).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('is ordered by indicator number', () => {
    const numbers = codes.map((code) => Number(code.replace(/^NI (\d+)[a-z]?$/, '$1')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it.each(BREAKDOWN_NEEDS)('contains $code, which the breakdown needs, as $polarity', ({ code, polarity }) => {
    const indicator = NATIONAL_INDICATORS_2008.find((candidate) => candidate.code === code);
    expect(indicator).toBeDefined();
    expect(indicator?.polarity).toBe(polarity);
  });

  it('reads the placement stability pair in opposite directions', () => {
    const byCode = new Map(NATIONAL_INDICATORS_2008.map((indicator) => [indicator.code, indicator]));
    expect(byCode.get('NI 62')?.polarity).toBe('lower_is_better');
    expect(byCode.get('NI 63')?.polarity).toBe('higher_is_better');
  });

  it('counts attainment measures by academic year', () => {
    for (const code of ['NI 72', 'NI 79', 'NI 99', 'NI 102', 'NI 104', 'NI 107', 'NI 108']) {
      expect(NATIONAL_INDICATORS_2008.find((indicator) => indicator.code === code)?.frequency).toBe('academic_year');
    }
  });
});
