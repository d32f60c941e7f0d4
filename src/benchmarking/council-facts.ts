/**
 * What the product knows about councils beyond the council list it ships: codes that changed,
 * councils that were abolished, names councils and their children's services go by, and names that
 * belong to no one council. Plain data, each fact with where it was checked.
 */

/**
 * ONS codes a council had before a boundary change gave it a new one. Barnsley and Sheffield were
 * recoded on 1 April 2025 (The Barnsley and Sheffield (Boundary Changes) Order, SI 2024/1328); the
 * statistical neighbours in the shipped council list still use their old codes.
 */
export const FORMER_ONS_CODES: Readonly<Record<string, readonly string[]>> = {
  E08000038: ['E08000016'], // Barnsley
  E08000039: ['E08000019'], // Sheffield
};

/**
 * Councils in the list that no longer exist, when they ended and which councils took over their
 * children's services (the structural changes orders of 2018, 2020 and 2022).
 */
export const ABOLISHED_COUNCILS: Readonly<Record<string, { on: string; succeededBy: readonly string[] }>> = {
  // Poole: merged with Bournemouth and Christchurch into Bournemouth, Christchurch and Poole.
  E06000029: { on: '2019-04-01', succeededBy: ['E06000058'] },
  // Northamptonshire: split into North Northamptonshire and West Northamptonshire.
  E10000021: { on: '2021-04-01', succeededBy: ['E06000061', 'E06000062'] },
  // Cumbria: split into Cumberland and Westmorland and Furness.
  E10000006: { on: '2023-04-01', succeededBy: ['E06000063', 'E06000064'] },
};

/** Names a council goes by that the council list does not give, by ONS code. */
export const OTHER_COUNCIL_NAMES: Readonly<Record<string, readonly string[]>> = {
  E09000001: ['City of London Corporation', 'London Corporation'],
  E06000022: ['BANES', 'B&NES'],
  E06000033: ['Southend'],
  E08000021: ['Newcastle City Council', 'Newcastle upon Tyne City Council'],
  E06000040: ['RBWM'],
  E09000020: ['RBKC'],
  E06000053: ['Council of the Isles of Scilly'],
};

/**
 * Names the council list gives that do not name the council alone. The list gives BCP's other
 * names as "[BCP, Bournemouth, Christchurch & Poole]", which splits "Bournemouth, Christchurch &
 * Poole" at its commas; Bournemouth on its own was a council of its own until 2019.
 */
export const NOT_COUNCIL_NAMES: Readonly<Record<string, readonly string[]>> = {
  E06000058: ['Bournemouth', 'Christchurch & Poole'],
};

/**
 * Names that match no council, although a council's name could be read into them: London (33
 * boroughs and the City), and Dorset County Council (abolished in 2019; today's Dorset Council
 * covers less of the county, and Bournemouth, Christchurch and Poole the rest).
 */
export const NAMES_OF_NO_ONE_COUNCIL: readonly string[] = ['London', 'Dorset County Council'];

/**
 * A company or trust that runs (or ran) a council's children's services, whose name a report may
 * give instead of the council's. Several councils under one name make the name ambiguous: it
 * matches none of them alone.
 */
export interface ChildrensServicesCompany {
  readonly name: string;
  readonly otherNames: readonly string[];
  /** ONS codes of the councils whose services it runs or ran. */
  readonly councils: readonly string[];
  /** When, in words. */
  readonly period: string;
  /** A public page that says so. */
  readonly source: string;
}

export const CHILDRENS_SERVICES_COMPANIES: readonly ChildrensServicesCompany[] = [
  {
    name: 'Achieving for Children',
    otherNames: ['AfC'],
    // Kingston upon Thames, Richmond upon Thames, Windsor and Maidenhead.
    councils: ['E09000021', 'E09000027', 'E06000040'],
    period: 'Kingston and Richmond from April 2014; Windsor and Maidenhead from August 2017',
    source: 'https://www3.rbwm.gov.uk/press/article/301/children_s_services_partnership_begins',
  },
  {
    name: "Birmingham Children's Trust",
    otherNames: [],
    councils: ['E08000025'],
    period: 'from April 2018',
    source:
      'https://www.birminghamchildrenstrust.co.uk/news/article/36/childrens_services_in_birmingham_showing_sustained_improvement',
  },
  {
    name: 'Together for Children',
    otherNames: ['Together for Children Sunderland'],
    councils: ['E08000024'],
    period: 'from April 2017',
    source: 'https://www.sr-news.com/2017/04/01/sunderland-childrens-services-to-be-delivered-by-new-company/',
  },
  {
    name: 'Slough Children First',
    otherNames: ["Slough Children's Services Trust"],
    councils: ['E06000039'],
    period: "as Slough Children's Services Trust from October 2015; as Slough Children First from April 2021",
    source: 'https://thelink.slough.gov.uk/safeguarding/slough-childrens-services-trust',
  },
  {
    name: "Doncaster Children's Services Trust",
    otherNames: [],
    councils: ['E08000017'],
    period: 'from 2014 to September 2022',
    source:
      'https://www.communitycare.co.uk/2022/04/13/council-takes-childrens-services-back-from-countrys-first-trust/',
  },
  {
    name: "Sandwell Children's Trust",
    otherNames: [],
    councils: ['E08000028'],
    period: 'from April 2018',
    source: 'https://www.sandwellchildrenstrust.org/news/2018/launch-sandwells-childrens-trust/',
  },
  {
    name: "Northamptonshire Children's Trust",
    otherNames: [],
    // North Northamptonshire and West Northamptonshire, which have owned it since April 2021.
    councils: ['E06000061', 'E06000062'],
    period: 'from November 2020',
    source:
      'https://www.northantstelegraph.co.uk/news/politics/new-childrens-trust-officially-launched-in-northamptonshire-3023662',
  },
  {
    name: 'Worcestershire Children First',
    otherNames: [],
    councils: ['E10000034'],
    period: 'from October 2019',
    source: 'https://www.communitycare.co.uk/2019/10/01/childrens-services-company-launches-in-worcestershire/',
  },
];
