/**
 * The national children's social care measures councils are judged on today, as data: the figures the
 * Department for Education publishes for every local authority each year, and which inspectors, the
 * Local Authority Interactive Tool (LAIT) and LG Inform compare councils on. This is the catalogue for
 * plans after SIF and ILACS inspections (2013 on); the National Indicator Set 2008 stays for JAR and
 * APA plans.
 *
 * Every entry was checked against the public page named in its `source`: the DfE statistical release's
 * data set (explore-education-statistics), or LG Inform's metric page, which names the DfE table it is
 * taken from. Titles follow the source's wording, made into a sentence; the definition says what is
 * counted. No entry was written from memory alone, and a measure no source was found for is left out.
 *
 * Codes are this catalogue's own, since the measures have no national codes: the release (CIN = children
 * in need, CLA = children looked after, CSWW = children's social work workforce), then the DfE table
 * where the release numbers its tables (C1, C2, D3, D7), else a number in this catalogue.
 *
 * All are published once a year: children in need and children looked after for the year to 31 March
 * (so the financial year, "2024-25"), the workforce as at 30 September. Councils track them monthly or
 * quarterly from their own systems, which the indicator's periods allow.
 *
 * Not included, because no public page seen defined it for local authorities: the timeliness of initial
 * child protection conferences.
 */
import type { CatalogueIndicator } from './national-indicators-2008';

export type Publication =
  | 'Children in need'
  | 'Children looked after in England including adoptions'
  | 'Stability measures for children looked after in England'
  | 'Children looked after: A focus on placement location'
  | "Children's social work workforce";

export interface SocialCareMeasure extends CatalogueIndicator {
  /** What is counted, and over what period, in a sentence or two. */
  definition: string;
  /** The DfE statistical release it is published in. */
  publication: Publication;
}

const CIN_REFERRALS =
  'DfE, Characteristics of children in need, table C1 "Referrals and re-referrals to children\'s social care services by local authority" (explore-education-statistics), https://explore-education-statistics.service.gov.uk/data-tables/permalink/2213a281-6c24-4bed-80d2-08dae43019f8; definition: DfE, "Children in need: a focus on re-referrals", methodology, https://explore-education-statistics.service.gov.uk/methodology/children-in-need-a-focus-on-re-referrals';

const WORKFORCE_INDICATORS =
  'DfE, Children\'s social work workforce, data set "1. Indicators (in post, starters, leavers, agency workers, vacancies, caseload and absence)" (local authority level; columns turnover_rate_fte, vacancy_rate_fte, agency_rate_fte, caseload_fte), https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/bd4d8c04-716a-4447-af3d-677aa3223917';

const PLACEMENT_STABILITY =
  'DfE, Stability measures for children looked after in England, data set "Placement stability by local authority", https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0';

export const CHILDRENS_SOCIAL_CARE_MEASURES: readonly SocialCareMeasure[] = [
  {
    code: 'CIN C1',
    title: 'Re-referrals within 12 months of a previous referral',
    definition:
      "Of the referrals to children's social care in the year to 31 March, the percentage that were within 12 months of a previous referral of the same child.",
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: 'Children in need',
    source: CIN_REFERRALS,
  },
  {
    code: 'CIN C2',
    title: 'Assessments completed within 45 working days',
    definition:
      'Of the children\'s social care assessments completed in the year to 31 March, the percentage completed within 45 working days of the referral: the table\'s duration bands up to "41-45 days" over all completed assessments.',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    publication: 'Children in need',
    source:
      'DfE, Children in need, data set "C2 Completed assessments by duration of assessment and local authority", https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/3fb5a93d-1eb3-4f3a-bdd0-5caea4556ce6',
  },
  {
    code: 'CIN D3',
    title: 'Children who became the subject of a child protection plan for a second or subsequent time',
    definition:
      'Of the children who became the subject of a child protection plan in the year to 31 March, the percentage who had been the subject of a plan before, however long ago.',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: 'Children in need',
    source:
      'LG Inform metric type 100, "Children who became the subject of a plan for a second or subsequent time (%)", polarity "a low value is good", taken from Characteristics of Children in need, table D3 (formerly NI 65), http://id.esd.org.uk/metricType/100',
  },
  {
    code: 'CIN D7',
    title: 'Child protection plans ending in the year that had lasted 2 years or more',
    definition:
      'Of the child protection plans that ended in the year to 31 March, the percentage that had lasted 2 years or more from start to end.',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: 'Children in need',
    source:
      'DfE, Children in need, data set "D7 Child Protection Plans ending during the year by duration and local authority" (column "2 years or more (%)"), https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/04a78d29-2196-4bea-bf95-7a2eced5d0d5',
  },
  {
    code: 'CLA S1',
    title: 'Children looked after with three or more placements during the year',
    definition:
      'Of the children looked after on 31 March, the percentage who had three or more placements during the year (short-term stability).',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: 'Stability measures for children looked after in England',
    source: PLACEMENT_STABILITY,
  },
  {
    code: 'CLA S2',
    title: 'Children looked after for at least 2.5 years living with the same carer for at least 2 years',
    definition:
      'Of the children aged under 16 on 31 March who had been looked after continuously for at least 2.5 years, the percentage living with the same carer for at least 2 years (long-term stability).',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    publication: 'Stability measures for children looked after in England',
    source: PLACEMENT_STABILITY,
  },
  {
    code: 'CLA L1',
    title: 'Care leavers aged 19 to 21 in suitable accommodation',
    definition:
      'Of the care leavers aged 19, 20 and 21, the percentage whose accommodation was considered suitable, measured on or around their birthday in the year to 31 March.',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    publication: 'Children looked after in England including adoptions',
    source:
      'DfE, Children looked after in England including adoptions, table "Care leavers by whether their accommodation is suitable" (age "19 to 21", "Accommodation considered suitable"), https://explore-education-statistics.service.gov.uk/data-tables/fast-track/1da0616c-365c-4fea-9b91-f97ab87eee6a',
  },
  {
    code: 'CLA L2',
    title: 'Care leavers aged 19 to 21 in education, employment or training',
    definition:
      'Of the care leavers aged 19, 20 and 21, the percentage in education, training or employment, measured on or around their birthday in the year to 31 March.',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    publication: 'Children looked after in England including adoptions',
    source:
      'DfE, Children looked after in England including adoptions, data guidance 2025 (care leavers now aged 17 to 21), https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2025/data-guidance, and its care leavers activity data set (activity "Education, training or employment"), https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/6d390ee8-9856-4705-893e-8aaeb96a3592',
  },
  {
    code: 'CLA P1',
    title: 'Children looked after placed more than 20 miles from home',
    definition:
      "Of the children looked after on 31 March, the percentage whose placement was more than 20 miles from their home address, inside or outside the authority's boundary.",
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: 'Children looked after: A focus on placement location',
    source:
      'DfE, Children looked after: A focus on placement location (2024), data set "Placement distance locality for CLA" ("Inside boundary - Over 20 miles", "Outside boundary - Over 20 miles") and its local authority breakdowns, https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/7644a2f8-0297-4ce1-9c3e-7988849ac3ce',
  },
  {
    code: 'CSWW 1',
    title: 'Turnover rate of children and family social workers',
    definition:
      'Leavers in the year to 30 September as a percentage of children and family social workers in post at 30 September, full-time equivalent.',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: "Children's social work workforce",
    source: WORKFORCE_INDICATORS,
  },
  {
    code: 'CSWW 2',
    title: 'Vacancy rate of children and family social workers',
    definition:
      'Vacant children and family social worker posts at 30 September as a percentage of posts (filled and vacant), full-time equivalent.',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: "Children's social work workforce",
    source: WORKFORCE_INDICATORS,
  },
  {
    code: 'CSWW 3',
    title: 'Agency worker rate of children and family social workers',
    definition:
      'Agency children and family social workers at 30 September as a percentage of all children and family social workers (agency and in post), full-time equivalent.',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: "Children's social work workforce",
    source: WORKFORCE_INDICATORS,
  },
  {
    code: 'CSWW 4',
    title: 'Average caseload of case-holding children and family social workers',
    definition:
      'Cases held at 30 September divided by the case-holding children and family social workers in post, full-time equivalent.',
    unit: 'number',
    polarity: 'lower_is_better',
    frequency: 'annual',
    publication: "Children's social work workforce",
    source: WORKFORCE_INDICATORS,
  },
];
