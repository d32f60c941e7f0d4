import { usageInWords } from '../../src/authorities/partnership.service';
import { themeChoices, themeLabel } from '../../src/authorities/themes';

describe('what still uses a partner, in words', () => {
  const sut = usageInWords;

  it('says nothing when nothing uses it', () => {
    expect(sut({ actions: 0, users: 0, themeLeads: 0 })).toBe('');
  });

  it('counts each kind of use, singular or plural, joined as a sentence would', () => {
    expect(sut({ actions: 1, users: 0, themeLeads: 0 })).toBe('the lead partner of 1 action');
    expect(sut({ actions: 0, users: 2, themeLeads: 1 })).toBe(
      'the organisation of 2 users and the organisation of 1 theme lead',
    );
    expect(sut({ actions: 3, users: 1, themeLeads: 2 })).toBe(
      'the lead partner of 3 actions, the organisation of 1 user and the organisation of 2 theme leads',
    );
  });
});

describe('themes a lead can be named for', () => {
  it('lists the five outcomes first, then each judgement area once', () => {
    const choices = themeChoices();
    expect(choices.slice(0, 5).map((choice) => choice.value)).toEqual([
      'be_healthy',
      'stay_safe',
      'enjoy_and_achieve',
      'positive_contribution',
      'economic_well_being',
    ]);
    const values = choices.map((choice) => choice.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual(expect.arrayContaining(['safeguarding', 'help_and_protection', 'lscb']));
  });

  it('names a theme in words, and a theme no vocabulary knows by its key', () => {
    expect(themeLabel('stay_safe')).toBe('Stay safe');
    expect(themeLabel('ldd')).toBe('Children with learning difficulties and/or disabilities');
    expect(themeLabel('youth_offending')).toBe('youth offending');
  });
});
