import { CHILDRENS_SOCIAL_CARE_MEASURES } from '../../src/indicators/catalogue/childrens-social-care-measures';
import { eraOfCode } from '../../src/indicators/catalogue/eras';
import { NATIONAL_INDICATORS_2008 } from '../../src/indicators/catalogue/national-indicators-2008';
import { FREQUENCIES, POLARITIES } from '../../src/domain/vocabulary';

/** The measures the issue names, each of which a council is compared on and the breakdown suggests. */
const REQUIRED: Record<string, { title: RegExp; polarity: string }> = {
  'CIN C1': { title: /^Re-referrals within 12 months/, polarity: 'lower_is_better' },
  'CIN C2': { title: /45 working days/, polarity: 'higher_is_better' },
  'CIN D3': { title: /second or subsequent time/, polarity: 'lower_is_better' },
  'CIN D7': { title: /2 years or more/, polarity: 'lower_is_better' },
  'CLA S1': { title: /three or more placements/, polarity: 'lower_is_better' },
  'CLA S2': { title: /same carer for at least 2 years/, polarity: 'higher_is_better' },
  'CLA L1': { title: /suitable accommodation/, polarity: 'higher_is_better' },
  'CLA L2': { title: /education, employment or training/, polarity: 'higher_is_better' },
  'CLA P1': { title: /more than 20 miles/, polarity: 'lower_is_better' },
  'CSWW 1': { title: /^Turnover rate/, polarity: 'lower_is_better' },
  'CSWW 2': { title: /^Vacancy rate/, polarity: 'lower_is_better' },
  'CSWW 3': { title: /^Agency worker rate/, polarity: 'lower_is_better' },
  'CSWW 4': { title: /caseload/, polarity: 'lower_is_better' },
};

describe('CHILDRENS_SOCIAL_CARE_MEASURES', () => {
  const codes = CHILDRENS_SOCIAL_CARE_MEASURES.map((measure) => measure.code);

  it('holds every measure the plans rely on, with its title and direction', () => {
    for (const [code, expected] of Object.entries(REQUIRED)) {
      const measure = CHILDRENS_SOCIAL_CARE_MEASURES.find((candidate) => candidate.code === code);
      expect(measure?.title).toMatch(expected.title);
      expect(measure?.polarity).toBe(expected.polarity);
    }
  });

  it('has unique codes that no 2008 indicator uses, each of its own era', () => {
    expect(new Set(codes).size).toBe(codes.length);
    const old = new Set(NATIONAL_INDICATORS_2008.map((indicator) => indicator.code));
    for (const code of codes) {
      expect(old.has(code)).toBe(false);
      expect(code).toMatch(/^(?:CIN|CLA|CSWW) [A-Z]?\d$/);
      expect(eraOfCode(code)).toBe('childrens_social_care');
    }
    expect(eraOfCode('NI 117')).toBe('ni_2008');
    expect(eraOfCode('NI 148')).toBe('ni_2008');
    expect(eraOfCode('HBC L01')).toBeNull();
  });

  it('gives every entry a definition, a unit, a direction, a frequency and a public source with its address', () => {
    for (const measure of CHILDRENS_SOCIAL_CARE_MEASURES) {
      expect(measure.definition).toMatch(/^[A-Z].{30,}\.$/);
      expect(['percentage', 'number']).toContain(measure.unit);
      expect(POLARITIES).toContain(measure.polarity);
      expect(FREQUENCIES).toContain(measure.frequency);
      expect(measure.source).toMatch(/https?:\/\/\S+/);
      expect(measure.source).toMatch(/DfE|LG Inform/);
    }
  });
});
