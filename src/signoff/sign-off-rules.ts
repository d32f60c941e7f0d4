/**
 * Which theme an action's updates are signed off under, and what is still waiting: pure, so the
 * pages, the API, the lock and the paper's front sheet all read the same answer.
 */
import { themeLabel } from '../authorities/themes';

/** What the rules need of an action. */
export interface ThemedAction {
  judgementAreaKey: string | null;
  ecmOutcome: string | null;
  status: string;
  startDate: string;
}

/** The key an action with neither a judgement area nor an outcome is signed off under. */
export const NO_THEME = 'no_theme';

/**
 * The theme an action belongs to for sign-off, in the order owners are suggested from theme
 * leads: its judgement area if that has a lead, else its Every Child Matters outcome if that has
 * one, else its judgement area (or outcome) with no lead, which a clerk or an admin signs off.
 */
export function themeOfAction(
  action: Pick<ThemedAction, 'judgementAreaKey' | 'ecmOutcome'>,
  led: ReadonlySet<string>,
): string {
  const candidates = [action.judgementAreaKey, action.ecmOutcome].filter((key): key is string => !!key);
  return candidates.find((key) => led.has(key)) ?? candidates[0] ?? NO_THEME;
}

/** A theme in words, for pages and papers. */
export function signOffThemeLabel(theme: string): string {
  return theme === NO_THEME ? 'Actions with no theme' : themeLabel(theme);
}

/**
 * An action is signed off for a period when it was open during it: not cancelled, and started by
 * the period's end.
 */
export function signsOffFor(action: ThemedAction, periodEnd: string): boolean {
  return action.status !== 'cancelled' && action.startDate <= periodEnd;
}

/** The themes a plan's actions fall under for a period, sorted by their words. */
export function themesToSignOff(
  actions: readonly ThemedAction[],
  led: ReadonlySet<string>,
  periodEnd: string,
): string[] {
  const themes = new Set(
    actions.filter((action) => signsOffFor(action, periodEnd)).map((action) => themeOfAction(action, led)),
  );
  return [...themes].sort((a, b) => signOffThemeLabel(a).localeCompare(signOffThemeLabel(b)));
}
