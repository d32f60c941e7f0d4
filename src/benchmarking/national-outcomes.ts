/**
 * The national picture: every council in the list with its published inspections, oldest first,
 * and where the figures come from. Built once from the two files; answering from it is a lookup.
 * Pure: no I/O.
 */
import { CouncilDirectory } from './council-directory';
import type { Council } from './councils';
import type { DatasetSource, InspectionSummary } from '../domain/council-comparison';
import { NationalDataError } from './national-data-error';
import type { OutcomeRecord } from './outcomes-file';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The source of a snapshot of the national outcomes taken in the month `asAt` (YYYY-MM). */
export function datasetSource(asAt: string): DatasetSource {
  const match = /^(20\d{2})-(0[1-9]|1[0-2])$/.exec(asAt);
  if (!match) throw new RangeError(`"${asAt}" is not a month: expected YYYY-MM, e.g. 2026-11.`);
  const asAtText = `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  const compiledBy = {
    name: 'ofsted-ilacs-scrape-tool',
    url: 'https://github.com/JT-39/ofsted-ilacs-scrape-tool',
    licence: 'MIT licence',
  };
  const licence = {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
  };
  const description =
    "Published outcomes of Ofsted's inspections of local authority children's services in England, " +
    "with the Department for Education's statistical neighbours";
  return {
    id: `ofsted-ilacs-${asAt}`,
    asAt,
    asAtText,
    description,
    compiledBy,
    licence,
    citation:
      `${description}, as at ${asAtText}, gathered from Ofsted's reports by ${compiledBy.name} ` +
      `(${compiledBy.url}, ${compiledBy.licence}). ${licence.attribution}`,
  };
}

/** One published inspection of a council's children's services. Dates are YYYY-MM-DD. */
export interface PublishedInspection extends InspectionSummary {
  readonly onsCode: string;
}

export class NationalOutcomes {
  readonly directory: CouncilDirectory;
  readonly inspectionCount: number;
  private readonly byCouncil = new Map<string, PublishedInspection[]>();

  /** Refuses, with the line, an inspection whose provider number is no council in the list. */
  constructor(
    readonly source: DatasetSource,
    councils: readonly Council[],
    records: readonly OutcomeRecord[],
  ) {
    this.directory = new CouncilDirectory(councils);
    const byUrn = new Map(councils.map((council) => [council.ofstedUrn, council]));
    for (const record of records) {
      const council = byUrn.get(record.ofstedUrn);
      if (!council) {
        throw new NationalDataError(
          'invalid_file',
          `Line ${record.line} of the outcomes file gives Ofsted provider number ${record.ofstedUrn}` +
            `${record.authorityAsPublished ? ` (${record.authorityAsPublished})` : ''}, which is no council in the council list.`,
          record.line,
        );
      }
      const list = this.byCouncil.get(council.onsCode) ?? [];
      list.push({
        onsCode: council.onsCode,
        publishedOn: record.publishedOn,
        inspectionStart: record.inspectionStart,
        inspectionEnd: record.inspectionEnd,
        framework: record.framework,
        leadInspector: record.leadInspector,
        reportUrl: record.reportUrl,
        judgements: record.judgements,
      });
      this.byCouncil.set(council.onsCode, list);
    }
    // YYYY-MM-DD sorts as text; localeCompare would load the collation tables for nothing.
    for (const list of this.byCouncil.values()) list.sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : 1));
    this.inspectionCount = records.length;
  }

  /** The council by ONS code (or a former code); refuses a code no council in the list has. */
  council(onsCode: string): Council {
    const council = this.directory.byOnsCode(onsCode);
    if (!council) {
      throw new NationalDataError(
        'unknown_council',
        `No English council in the national data has the ONS code "${onsCode}".`,
      );
    }
    return council;
  }

  /** A council's inspections published on or before `asAt` (YYYY-MM-DD; all when null), oldest first. */
  inspectionsOf(onsCode: string, asAt: string | null = null): readonly PublishedInspection[] {
    const list = this.byCouncil.get(this.council(onsCode).onsCode) ?? [];
    if (asAt === null) return list;
    let end = list.length;
    while (end > 0 && list[end - 1].publishedOn > asAt) end--;
    return end === list.length ? list : list.slice(0, end);
  }
}
