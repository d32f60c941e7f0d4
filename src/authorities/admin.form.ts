/** The RAG thresholds' form, turned into the API's own DTO and checked with its rules, in the page's words. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { UpdateThresholdsDto } from './authorities.dto';

export const THRESHOLD_CONTROLS = ['milestoneSlipLimitDays', 'progressLagLimitPoints', 'amberTolerancePercent'];

const MESSAGES: Record<string, string> = {
  milestoneSlipLimitDays: 'Enter the milestone slip limit as a whole number of days from 0 to 365',
  progressLagLimitPoints: 'Enter the progress lag limit as a whole number of points from 0 to 100',
  amberTolerancePercent: 'Enter the amber tolerance as a percentage from 0 to 100, like 5',
};

/** Whole numbers as numbers; anything else is left as typed for the validator to name. */
export async function thresholdsFrom(form: Form): Promise<{ value: UpdateThresholdsDto; errors: FormErrors }> {
  const whole = (name: string) => (/^\d{1,4}$/.test(text(form, name)) ? Number(text(form, name)) : text(form, name));
  const changes = {
    milestoneSlipLimitDays: whole('milestoneSlipLimitDays'),
    progressLagLimitPoints: whole('progressLagLimitPoints'),
    amberTolerancePercent: text(form, 'amberTolerancePercent'),
  };
  return {
    value: changes as UpdateThresholdsDto,
    errors: (await validateAs(UpdateThresholdsDto, changes, MESSAGES)).errors,
  };
}

/** The form's fields as typed, to show again. */
export function typed(form: Form, controls: readonly string[]): Record<string, string> {
  return Object.fromEntries(controls.map((name) => [name, text(form, name)]));
}
