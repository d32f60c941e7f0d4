/**
 * The documents the framework rules were checked against, cited by the rules that rest on them.
 * Each is named as a reader would look it up: title, date, the part relied on, and where it was read.
 */

export interface Source {
  /** Title, date and the paragraph or section relied on. */
  readonly cite: string;
  readonly url: string;
}

export const SOURCES = {
  eia2006s137: {
    cite:
      'Education and Inspections Act 2006, section 137(3) and (4) (in force 1 April 2007): an authority that receives the report ' +
      'of an inspection under section 136 must prepare a written statement of the action it proposes and the period for it, ' +
      'and publish it within the period regulations prescribe',
    url: 'https://www.legislation.gov.uk/ukpga/2006/40/section/137/2007-04-01',
  },
  si2007_462: {
    cite:
      'The Education and Inspections Act 2006 (Inspection of Local Authorities) Regulations 2007 (SI 2007/462), ' +
      'regulation 1(2) ("working day": any day but a Saturday, Sunday, Christmas Day, Good Friday or an England and Wales ' +
      'bank holiday) and regulation 2 (the report is published within 30 working days of receipt)',
    url: 'https://zoomlaw.co.uk/2007-462-uksi.html',
  },
  jarRegs2005: {
    cite:
      'The Children Act 2004 (Joint Area Reviews) Regulations 2005 (SI 2005/1973), regulation 1(3) ("working day") and ' +
      'regulation 3(4) (the report is sent on within 30 working days of receipt)',
    url: 'https://www.legislation.gov.uk/uksi/2005/1973/regulation/3/made',
  },
  jarRegs2015Note: {
    cite:
      'The Children Act 2004 (Joint Area Reviews) Regulations 2015 (SI 2015/1792), explanatory note: "regulation 4 requires ' +
      'the principal authority to make that statement within 70 working days of receiving the report"; these Regulations ' +
      'revoke and replace the 2005 Regulations with modifications',
    url: 'https://legislation.gov.uk/uksi/2015/1792/note/made',
  },
  ofstedFocusedVisit2018: {
    cite:
      'Children & Young People Now, "Ofsted to require struggling councils to produce urgent action plans" (16 August 2018), ' +
      'quoting Ofsted on the amended ILACS framework: after a focused visit with areas for priority action, "the local ' +
      'authority will need to submit a final action plan responding to the findings within 70 working days of receiving the ' +
      'letter" and "share an early draft of the action plan within 20 working days"',
    url: 'https://www.cypnow.co.uk/print_article/cyp/news/2005662/ofsted-to-require-struggling-councils-produce-urgent-action-plans?print=true',
  },
  ilacsFramework2024: {
    cite:
      'Ofsted, "Inspecting local authority children\'s services" (framework first published November 2017, updated 5 April ' +
      '2024 and 13 December 2024), paragraphs 1 to 5: what the inspections judge, and "children in care" and "care leavers" ' +
      'as the framework uses them',
    url: 'https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services',
  },
  ilacsFocusedVisits: {
    cite:
      'SESLIP, "Ofsted visit analysis, page 10": focused visits are set out in paragraphs 106 to 117 of the ILACS framework, ' +
      'with seven possible focuses; authorities judged inadequate receive monitoring visits instead',
    url: 'https://seslip.co.uk/ofsted-visit-analysis-page-11',
  },
  haltonIlacsPlan2020: {
    cite:
      'Halton Borough Council Executive Board, 30 July 2020, item 3: after a standard ILACS inspection judging every area ' +
      '"requires improvement to be good", "as required by the ILACS framework … an Action Plan has been drafted and submitted ' +
      'to OFSTED"',
    url: 'https://councillors.halton.gov.uk/ieIssueDetails.aspx?IId=52327&Opt=3',
  },
  monitoringHandbook2016: {
    cite:
      'Ofsted, "Monitoring local authority children\'s services judged inadequate: inspectors\' handbook" (May 2016, ' +
      'reference 160035), paragraphs 1 to 3: a programme of monitoring, including quarterly monitoring visits, and ' +
      're-inspection under section 136 of the Education and Inspections Act 2006',
    url: 'https://docslib.org/doc/12601516/monitoring-inadequate-la-childrens-services',
  },
  sifFramework2014: {
    cite:
      'Ofsted, "Framework and evaluation schedule for the inspections of services for children in need of help and ' +
      'protection, children looked after and care leavers; Reviews of Local Safeguarding Children Boards" (12 December ' +
      '2014, reference 130216), contents and introduction: inspections under section 136 of the Education and Inspections ' +
      'Act 2006; an action plan section; the key judgements and the LSCB review',
    url: 'https://docsbay.net/doc/1294845/framework-and-evaluation-schedule-inspection-of-la-childrens-services',
  },
  sifManchester2017: {
    cite:
      'Ofsted, "Manchester City Council: re-inspection of services for children in need of help and protection, children ' +
      'looked after and care leavers" (21 December 2017), judgement table',
    url: 'https://pdfslide.us/documents/manchester-city-council-ofsted-executive-summary-this-is-a-re-inspection-of-childrens.html',
  },
  kirkleesPlan2017: {
    cite:
      'Kirklees Council Cabinet, 7 March 2017: the Children\'s Improvement Plan endorsed "for submission to the Secretary of ' +
      "State and Her Majesty's Chief Inspector (as stated in The Education and Inspections Act 2006 (Inspection of Local " +
      'Authorities) Regulations 2007) by 9 March 2017", after the SIF report of 25 November 2016',
    url: 'https://democracy.kirklees.gov.uk/mgDecisionDetails.aspx?IId=10698&Opt=1',
  },
  ilacsReportHaringey2018: {
    cite: "Ofsted, inspection of Haringey local authority children's services (2018), judgement table (test fixture)",
    url: 'test/fixtures/inspections/haringey-2018-ilacs-inspection.pdf',
  },
  ilacsReportMiddlesbrough2026: {
    cite:
      "Ofsted, inspection of Middlesbrough local authority children's services, inspected 8 to 19 June 2026 (published 28 " +
      'July 2026): four judgements and no overall effectiveness; each area for improvement tagged with the national framework',
    url: 'https://files.ofsted.gov.uk/v1/file/50308109',
  },
  lacReportNorfolk2013: {
    cite:
      'Ofsted, inspection of services for looked after children, Norfolk (2013): judgements graded 1 = outstanding to 4 = ' +
      'inadequate; areas for improvement grouped "Immediately", "Within three months", "Within six months" (test fixture)',
    url: 'test/fixtures/inspections/norfolk-2013-looked-after-children-inspection.pdf',
  },
  jarHalton2008: {
    cite:
      'Halton Borough Council Executive Board paper on the 2008 Joint Area Review: judgement table and its outcome and ' +
      'process improvements (the example)',
    url: 'src/example/halton-jar-executive-board-2008.txt',
  },
  apaJarBriefing2007: {
    cite:
      "A council's 2007 briefing on its joint area review and annual performance assessment: the APA is a yearly " +
      'assessment reported by letter; the JAR timetable of draft report, comments and publication',
    url: 'test/fixtures/apa-and-jar-briefing-2007.txt',
  },
  nationalFramework2023: {
    cite:
      'Department for Education, "Children\'s social care: national framework" (statutory guidance, December 2023; the ' +
      'consultation text of February 2023 lists the four outcomes), and its six principles as councils publish them',
    url: 'https://gov.uk/government/publications/childrens-social-care-national-framework',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
