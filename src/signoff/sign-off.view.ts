import { Permission, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { SignOffStatus } from './sign-off.service';

/** The banner after a form on the sign-off page saved and came back to it. */
const DONE: Record<string, string> = {
  confirmed:
    'The updates have been confirmed. They are now locked: a change is posted as a correction, with its reason.',
  returned: 'The update has been returned to its owner with your comment.',
};

/** Where a saved form on the sign-off page goes: back to the page for its period, saying what was done. */
export function signOffDoneHref(planId: string, period: string, done: 'confirmed' | 'returned'): string {
  return `/plans/${planId}/sign-off?period=${encodeURIComponent(period)}&done=${done}`;
}

/** The banner for `done` in the query string, or none for a word the page does not know. */
export function doneBanner(done: unknown): string | null {
  return typeof done === 'string' ? (DONE[done] ?? null) : null;
}

/**
 * The sign-off page's view model: the themes the caller may confirm, each control an error may
 * link to (a theme's confirm button, an update's comment), and what was typed when shown again.
 */
export function signOffView(
  caller: Pick<Caller, 'role'>,
  status: SignOffStatus,
  errors: Record<string, string>,
  values: Record<string, string>,
  done: string | null = null,
) {
  const mine = status.themes.filter((theme) => theme.mayAct);
  const links: Record<string, string> = {};
  for (const theme of mine) {
    links[`confirm-${theme.theme}`] = `confirm-${theme.theme}`;
    for (const line of theme.actions) if (line.update) links[`comment-${line.update.id}`] = `comment-${line.update.id}`;
  }
  return {
    pageTitle: `Sign off updates for ${status.period.label} – ${status.plan.reference}`,
    status,
    mine,
    errors,
    errorLinks: links,
    values,
    done,
    mayManage: roleMay(caller.role, Permission.ManagePlans),
  };
}

/** The clerk's view of who has signed off: per theme, by whom and when, or waiting. */
export function signOffStatusView(status: SignOffStatus) {
  return {
    pageTitle: `Sign-off for ${status.period.label} – ${status.plan.reference}`,
    status,
    waiting: status.themes.filter((theme) => !theme.signedOff).length,
  };
}
