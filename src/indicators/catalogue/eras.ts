/**
 * Which national catalogue an indicator belongs to, so a plan is offered only the measures of its
 * inspection's era: the National Indicator Set 2008 for JAR and APA plans (the set was in force from
 * April 2008 to March 2011), today's children's social care measures for SIF and ILACS plans.
 */
import type { IndicatorEra } from '../../frameworks/frameworks';
import { CHILDRENS_SOCIAL_CARE_MEASURES } from './childrens-social-care-measures';
import { type CatalogueIndicator, NATIONAL_INDICATORS_2008 } from './national-indicators-2008';

export const CATALOGUES: Readonly<Record<IndicatorEra, readonly CatalogueIndicator[]>> = {
  ni_2008: NATIONAL_INDICATORS_2008,
  childrens_social_care: CHILDRENS_SOCIAL_CARE_MEASURES,
};

export const ERA_WORDS: Readonly<Record<IndicatorEra, string>> = {
  ni_2008: 'the National Indicator Set 2008',
  childrens_social_care: "today's national children's social care measures",
};

const NI_CODE = /^NI \d{1,3}[a-z]?$/;
const SOCIAL_CARE_CODES = new Set(CHILDRENS_SOCIAL_CARE_MEASURES.map((measure) => measure.code));

/**
 * The era of a national indicator's code: NI codes (including those an authority added itself because
 * the catalogue could not ship them, such as NI 147) are of 2008; the social care codes are today's.
 * Null for any other code.
 */
export function eraOfCode(code: string): IndicatorEra | null {
  if (NI_CODE.test(code)) return 'ni_2008';
  if (SOCIAL_CARE_CODES.has(code)) return 'childrens_social_care';
  return null;
}
