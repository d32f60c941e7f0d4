/**
 * The children's-services indicators of England's National Indicator Set (NIS), the 198 national
 * indicators for local authorities and local authority partnerships announced by Communities and
 * Local Government on 11 October 2007 and in force from April 2008 (ended March 2011), as data.
 *
 * Each entry's code and title were checked against the public text named in its `source`; the title
 * is given as that source gives it (only quotes, dashes and whitespace normalised), so where sources
 * word an indicator differently the entry follows its own source, not the CLG Handbook of
 * Definitions. No entry was written from memory alone. Unit, polarity and frequency are this
 * catalogue's reading of what the indicator measures; where a source states the direction of good
 * performance, the polarity follows it.
 *
 * Sources used:
 * - Community Care, "Local area agreements: How far have areas prioritised social care?" (30 June
 *   2008), which tabulates the children's social care indicators NI 50–68 by number and title;
 * - the data.gov.uk national indicator datasets (DCLG Floor Targets Interactive / data4nr archive,
 *   2010) as published on data.gov.uk, publicdata.eu, the ODI open data certificates site, the
 *   data4nr RSS feeds and the Infochimps mirror;
 * - the LGA's esd-toolkit / LG Inform metric type pages ("also known as NI 056 …");
 * - a page of the CLG "National Indicators for Local Authorities and Local Authority Partnerships:
 *   Handbook of Definitions", Annex 2: Children and Young People (NI 109);
 * - DCSF's statistics page on the national indicators measured by the Tellus4 Survey;
 * - the School Food Trust technical paper "NI 52 – take up of school lunches" (December 2008);
 * - a council's Local Area Agreement paper, "Appendix 1 LAA Improvement Indicators and proposed
 *   changes".
 *
 * Not included, because no public text seen gave both the code and the title: NI 147, NI 148,
 * NI 55, NI 103 (a/b), NI 57, NI 70, NI 71, NI 73–76, NI 80–82, NI 86, NI 91, NI 100, NI 101,
 * NI 111, NI 114 and NI 116. NI 113 is left out because the only source seen gave a title
 * ("Prevalence of Chlamydia in under 20 years olds") that looks like a transcription error.
 */
import type { FrequencyKey, Polarity } from '../../domain/vocabulary';

export interface CatalogueIndicator {
  /** e.g. 'NI 117'; for an indicator with parts, 'NI 103a' */
  code: string;
  /** the title as the source gives it (normalise only quotes/dashes) */
  title: string;
  /** 'percentage' | 'number' | 'rate per 1,000' | 'rate per 10,000' | 'rate per 100,000' | 'score' | 'days' — pick what the definition measures */
  unit: string;
  polarity: Polarity; // 'higher_is_better' | 'lower_is_better'
  frequency: FrequencyKey; // 'annual' | 'academic_year' | 'quarterly' | 'monthly'
  /** where this entry's code and title were checked: document title and URL (or repository and path) */
  source: string;
}

const COMMUNITY_CARE_LAA =
  'Community Care, "Local area agreements: How far have areas prioritised social care?" (30 June 2008), https://www.communitycare.co.uk/2008/06/30/local-area-agreements-how-far-have-areas-prioritised-social-care/';

const LAA_APPENDIX =
  'Council Local Area Agreement paper, "Appendix 1 LAA Improvement Indicators and proposed changes", https://studylib.net/doc/18252260/1-appendix-1-laa-improvement-indicators-and-proposed-changes';

const DCSF_TELLUS =
  'DCSF statistics page on the local authority measures for the national indicators derived from the Tellus4 Survey (UK Government Web Archive), http://webarchive.nationalarchives.gov.uk/20130401151655/http:/www.education.gov.uk/researchandstatistics/statistics/allstatistics/a00193004/dcsf-local-authority-measures-for-national-indicat';

export const NATIONAL_INDICATORS_2008: readonly CatalogueIndicator[] = [
  {
    code: 'NI 19',
    title: 'rate of proven re-offending by young offenders',
    // unit not checked against the definition: read as re-offences per young offender, not a percentage
    unit: 'number',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source: LAA_APPENDIX,
  },
  {
    code: 'NI 50',
    title: 'Emotional health of children',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 51',
    title: 'Effectiveness of child and adolescent mental health (CAMHs) services',
    // a self-assessment score across the elements of a comprehensive CAMHS
    unit: 'score',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 52',
    title: 'take up of school lunches',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source:
      'School Food Trust / Local Authority Caterers Association, "NI 52 – take up of school lunches: Technical paper" (December 2008), https://paperzz.com/doc/8712318/ni-52-%E2%80%93-take-up-of-school-lunches-technical-paper',
  },
  {
    code: 'NI 53',
    title: 'Prevalence of breastfeeding at 6-8 weeks from birth',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: LAA_APPENDIX,
  },
  {
    code: 'NI 54',
    title: 'Services for disabled children',
    unit: 'score',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 56',
    title: 'Obesity in primary school age children in year 6',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'academic_year',
    source:
      'LGA esd-toolkit metric type 5172, "% of children in year 6 who are obese" (also known as "NI 056 Obesity in primary school age children in year 6"; "a low value is good"), https://standards.esd.org.uk/?uri=metricType%2F5172',
  },
  {
    code: 'NI 58',
    title: 'Emotional and behavioural health of looked after children',
    unit: 'score',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source:
      'data.gov.uk dataset "NI 058 Emotional and behavioural health of looked after children" ("Good performance will be typified by a low number"), https://ckan.publishing.service.gov.uk/dataset/ni_058_emotional_and_behavioural_health_of_looked_after_children',
  },
  {
    code: 'NI 59',
    title: "Percentage of initial assessments for children's social care carried out within 7 working days of referral",
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 60',
    title:
      "Percentage of core assessments for children's social care that were carried out within 35 working days of their commencement",
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 61',
    title:
      'Timeliness of placements of looked after children for adoption following an agency decision that the child should be placed for adoption',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 62',
    title: 'Stability of placements of looked after children: number of placements',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 63',
    title: 'Stability of placements of looked after children: length of placement',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 64',
    title: 'Child protection plans lasting 2 years or more',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 65',
    title: 'Percentage of children becoming the subject of a Child Protection Plan for a second or subsequent time',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 66',
    title: 'Looked after children cases which were reviewed within required timescales',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 67',
    title: 'Percentage of child protection cases which were reviewed within required timescales',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 68',
    title: "Percentage of referrals to children's social care going on to initial assessment",
    unit: 'percentage',
    // read as a measure of referrals being followed up; a judgement, as the source gives no direction
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: COMMUNITY_CARE_LAA,
  },
  {
    code: 'NI 69',
    title: 'Percentage of children who have experienced bullying',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source: DCSF_TELLUS,
  },
  {
    code: 'NI 72',
    title:
      'Achievement of at least 78 points across the Early Years Foundation Stage with at least 6 in each of the scales in Personal, Social and Emotional Development and Communication, Language and Literacy',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'academic_year',
    source:
      'ODI open data certificate for the data.gov.uk dataset "NI 072 - Achievement of at least 78 points across the Early Years Foundation Stage …" (DCSF), http://certificates.theodi.org/en/datasets/7502',
  },
  {
    code: 'NI 79',
    title: 'Achievement of a Level 2 qualification by the age of 19',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'academic_year',
    source:
      'data4nr resource 1009, "NI 079 - Achievement of a Level 2 qualification by the age of 19", http://www.data4nr.net/xml/1009/rss.xml',
  },
  {
    code: 'NI 87',
    title: 'Secondary school persistent absence rate',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'academic_year',
    source:
      'data.gov.uk dataset "NI 087 - Secondary school persistent absence rate", https://ckan.publishing.service.gov.uk/dataset/ni_087_-_secondary_school_persistent_absence_rate',
  },
  {
    code: 'NI 92',
    title:
      'Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'academic_year',
    source:
      'ODI open data certificate for the data.gov.uk dataset "NI 092 - Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest" (DCSF), https://open-data-certificates.herokuapp.com/en/datasets/7487',
  },
  {
    code: 'NI 99',
    title: 'Children in care reaching level 4 in English at Key Stage 2',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'academic_year',
    source:
      'data4nr resource 1017, "NI 099 - Children in care reaching level 4 in English at Key Stage 2.", http://www.data4nr.net/xml/1017/rss.xml',
  },
  {
    code: 'NI 102',
    title:
      'Achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2 and 4',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'academic_year',
    source:
      'data.gov.uk dataset "NI 102 - Achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2 and 4", http://data.gov.uk/dataset/ni_102_-_achievement_gap_between_pupils_eligible_for_free_school_meals_and_their_peers_achieving_the',
  },
  {
    code: 'NI 104',
    title: 'The Special Educational Needs (SEN)/non-SEN gap achieving Key Stage 2 English and Maths threshold',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'academic_year',
    source:
      'ODI open data certificate for the data.gov.uk dataset "NI 104 The Special Educational Needs (SEN)/non-SEN gap achieving Key Stage 2 English and Maths threshold" (DCSF), http://certificates.theodi.org/en/datasets/7481',
  },
  {
    code: 'NI 107',
    title: 'Key Stage 2 attainment for black and minority ethnic groups',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'academic_year',
    source:
      'data4nr resource 881, "NI 107 - Key Stage 2 attainment for black and minority ethnic groups", http://www.data4nr.net/xml/881/rss.xml',
  },
  {
    code: 'NI 108',
    title: 'Key Stage 4 attainment for black and minority ethnic groups',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'academic_year',
    source:
      'Infochimps mirror of the data.gov.uk dataset "NI 108 - Key Stage 4 attainment for black and minority ethnic groups" (DATA4NR-882), http://www.infochimps.com/datasets/ni-108-key-stage-4-attainment-for-black-and-minority-ethnic-grou',
  },
  {
    code: 'NI 109',
    title: 'Delivery of Sure Start Children Centres',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source:
      'CLG, "National Indicators for Local Authorities and Local Authority Partnerships: Handbook of Definitions", Annex 2: Children and Young People, p. 107, "NI 109: Delivery of Sure Start Children Centres", http://www.docstoc.com/docs/27967259/NI-109-Delivery-of-Sure-Start-Children-Centres',
  },
  {
    code: 'NI 110',
    title: 'More participation in positive activities',
    unit: 'percentage',
    polarity: 'higher_is_better',
    frequency: 'annual',
    source: DCSF_TELLUS,
  },
  {
    code: 'NI 112',
    title: 'Under 18 conception rate',
    unit: 'rate per 1,000',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source:
      'data.gov.uk dataset "NI 112 - Under 18 conception rate" (conceptions under 18 per 1000 females aged 15-17), https://ckan.staging.publishing.service.gov.uk/dataset/ni_112_-_under_18_conception_rate',
  },
  {
    code: 'NI 115',
    title: 'Reduce the proportion of young people frequently using illicit drugs, alcohol or volatile substances',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source: DCSF_TELLUS,
  },
  {
    code: 'NI 117',
    title: '16 to 18 year olds who are Not in Education, Training or Employment (NEET)',
    unit: 'percentage',
    polarity: 'lower_is_better',
    frequency: 'annual',
    source:
      'Infochimps mirror of the data.gov.uk dataset "NI 117 - 16 to 18 year olds who are Not in Education, Training or Employment (NEET)" (DCSF), http://www.infochimps.com/datasets/ni-117-16-to-18-year-olds-who-are-not-in-education-training-or-e',
  },
];
