import { NO_THEME, signOffThemeLabel, themeOfAction, themesToSignOff } from '../../src/signoff/sign-off-rules';

const action = (
  judgementAreaKey: string | null,
  ecmOutcome: string | null,
  status = 'in_progress',
  startDate = '2008-10-01',
) => ({
  judgementAreaKey,
  ecmOutcome,
  status,
  startDate,
});

describe('the theme an action is signed off under', () => {
  it('takes the judgement area when it has a lead, else the outcome when that has one', () => {
    const led = new Set(['health', 'stay_safe']);
    expect(themeOfAction(action('health', 'be_healthy'), led)).toBe('health');
    expect(themeOfAction(action('looked_after_children', 'stay_safe'), led)).toBe('stay_safe');
  });

  it('keeps the judgement area (or outcome) with no lead, and a theme of its own for neither', () => {
    const led = new Set<string>();
    expect(themeOfAction(action('ldd', 'enjoy_and_achieve'), led)).toBe('ldd');
    expect(themeOfAction(action(null, 'enjoy_and_achieve'), led)).toBe('enjoy_and_achieve');
    expect(themeOfAction(action(null, null), led)).toBe(NO_THEME);
    expect(signOffThemeLabel(NO_THEME)).toBe('Actions with no theme');
  });

  it('counts only actions open in the period, sorted by their words', () => {
    const led = new Set(['health', 'safeguarding']);
    const sut = themesToSignOff(
      [
        action('safeguarding', null),
        action('health', null),
        action('ldd', null, 'cancelled'),
        action('youth_support', null, 'in_progress', '2010-01-01'),
      ],
      led,
      '2009-09-30',
    );
    expect(sut).toEqual(['health', 'safeguarding']);
  });
});
