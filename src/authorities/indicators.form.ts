/** The local indicator's form, turned into the API's own DTO and checked with its rules, in the page's words. */
import { CreateIndicatorDto } from '../indicators/indicators.dto';
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';

export const INDICATOR_CONTROLS = ['code', 'title', 'unit', 'polarity', 'frequency', 'source'];

const MESSAGES: Record<string, string> = {
  code: 'Enter a code of up to 40 letters, digits, spaces, dots, slashes or dashes, like HBC L03',
  title: 'Enter what the indicator measures, in 3 to 300 characters',
  unit: 'Enter the unit, like percentage or number of children',
  polarity: 'Choose whether higher or lower is better',
  frequency: 'Choose how often it is measured',
  source: 'Enter where the definition comes from, up to 2,000 characters',
};

/** A new local indicator; the source only when one is given. */
export async function indicatorFrom(form: Form): Promise<{ value: CreateIndicatorDto; errors: FormErrors }> {
  const indicator = {
    code: text(form, 'code'),
    title: text(form, 'title'),
    unit: text(form, 'unit'),
    polarity: text(form, 'polarity'),
    frequency: text(form, 'frequency'),
    ...(text(form, 'source') ? { source: text(form, 'source') } : {}),
  };
  return {
    value: indicator as CreateIndicatorDto,
    errors: (await validateAs(CreateIndicatorDto, indicator, MESSAGES)).errors,
  };
}
