/** The indicator catalogue's pages: the national indicators and the council's own, and the form to add one. */
import { FREQUENCY_WORDS } from '../domain/periods';
import { FREQUENCIES, POLARITIES } from '../domain/vocabulary';
import type { IndicatorEntity } from '../indicators/indicator.entity';
import { withErrors } from '../web/admin-forms';
import type { FormErrors } from '../web/form-validation';
import { INDICATOR_CONTROLS } from './indicators.form';

type Indicator = Pick<IndicatorEntity, 'code' | 'title' | 'unit' | 'polarity' | 'frequency' | 'authorityId'>;

const POLARITY_LABELS: Record<string, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
};

/** `added`: the code of the indicator just added, for the banner. */
export function indicatorsPage(indicators: readonly Indicator[], added?: string) {
  const row = (indicator: Indicator) => ({
    code: indicator.code,
    title: indicator.title,
    unit: indicator.unit,
    polarity: POLARITY_LABELS[indicator.polarity] ?? indicator.polarity,
    frequency: FREQUENCY_WORDS[indicator.frequency] ?? indicator.frequency,
  });
  return {
    pageTitle: 'Indicators',
    added: added ?? null,
    local: indicators.filter((indicator) => indicator.authorityId !== null).map(row),
    national: indicators.filter((indicator) => indicator.authorityId === null).map(row),
  };
}

export function newIndicatorPage(values: object = {}, errors: FormErrors = {}) {
  return {
    pageTitle: 'Add a local indicator',
    values,
    polarities: POLARITIES.map((polarity) => ({ value: polarity, text: POLARITY_LABELS[polarity] })),
    frequencies: FREQUENCIES.map((frequency) => ({ value: frequency, text: capitalise(FREQUENCY_WORDS[frequency]) })),
    ...withErrors(errors, INDICATOR_CONTROLS, 'code'),
  };
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
