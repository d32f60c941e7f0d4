/**
 * The English councils with children's services, as the council list file gives them (one row a
 * council: Ofsted's provider number, the DfE and ONS codes, the ten DfE statistical neighbours,
 * region, names), with the facts of council-facts.ts added. Pure: no I/O.
 */
import { COUNCIL_TYPES, type CouncilType, REGIONS, type RegionName } from '../domain/council-comparison';
import { ABOLISHED_COUNCILS, FORMER_ONS_CODES, NOT_COUNCIL_NAMES, OTHER_COUNCIL_NAMES } from './council-facts';
import { NationalDataError } from './national-data-error';
import { readTable } from './table-reader';

export interface Council {
  /** ONS (GSS) code, e.g. E06000006. */
  readonly onsCode: string;
  /** Codes the council had before, which still name it. */
  readonly formerOnsCodes: readonly string[];
  /** DfE local authority number, e.g. 876. */
  readonly dfeNumber: string;
  /** Ofsted's provider number (URN) for the council's children's services. */
  readonly ofstedUrn: string;
  readonly name: string;
  /** Other names it goes by, for matching: never shown in place of `name`. */
  readonly otherNames: readonly string[];
  readonly region: RegionName;
  readonly regionCode: string;
  readonly type: CouncilType;
  /** The ten DfE statistical neighbours' ONS codes, closest first; none for an abolished council. */
  readonly statisticalNeighbours: readonly string[];
  /** Set when the council no longer exists. */
  readonly abolished: { readonly on: string; readonly succeededBy: readonly string[] } | null;
}

export const COUNCIL_LIST_COLUMNS = [
  'urn',
  'la_code',
  'la_code_new',
  'stat_neighbours',
  'local_authority_ons_name',
  'also_known_as',
  'region_name',
  'ltla23nm',
  'utla23nm',
] as const;

const WHAT = 'The council list';
const ENGLISH_COUNCIL_CODE = /^E(06|08|09|10)\d{6}$/;

/** Reads the council list file (la-lookup.csv); refuses the whole file with a sentence at its first fault. */
export function readCouncilList(text: string): Council[] {
  const rows = readTable(text, WHAT, COUNCIL_LIST_COLUMNS);
  const fail = (line: number, message: string): never => {
    throw new NationalDataError('invalid_file', `Line ${line} of the council list ${message}`, line);
  };

  const parsed = rows.map((row) => {
    const onsCode = row.cell('la_code_new').toUpperCase();
    if (!ENGLISH_COUNCIL_CODE.test(onsCode)) {
      fail(row.line, `gives "${onsCode}" as the ONS code; an English council's code is like E06000006.`);
    }
    const dfeNumber = row.cell('la_code');
    if (!/^\d{3}$/.test(dfeNumber)) fail(row.line, `gives "${dfeNumber}" as the DfE number; it is three digits.`);
    const ofstedUrn = row.cell('urn');
    if (!/^\d{5,8}$/.test(ofstedUrn)) fail(row.line, `gives "${ofstedUrn}" as Ofsted's provider number (urn).`);
    const name = row.cell('local_authority_ons_name');
    if (!name) fail(row.line, 'gives no name for the council.');
    const regionName = row.cell('region_name').toLowerCase();
    const region = REGIONS.find((candidate) => candidate.name.toLowerCase() === regionName);
    if (!region) {
      fail(row.line, `gives "${row.cell('region_name')}" as the region, which is not one of England's nine.`);
    }
    const neighbours = listCells(row.cell('stat_neighbours'));
    if (neighbours.length !== 0 && neighbours.length !== 10) {
      fail(row.line, `gives ${neighbours.length} statistical neighbours; there are ten, or none.`);
    }
    const names = [
      ...listCells(row.cell('also_known_as').replace(/^\[|\]$/g, '')),
      row.cell('ltla23nm'),
      row.cell('utla23nm'),
      ...(OTHER_COUNCIL_NAMES[onsCode] ?? []),
    ];
    const notNames = new Set(NOT_COUNCIL_NAMES[onsCode] ?? []);
    return {
      line: row.line,
      onsCode,
      dfeNumber,
      ofstedUrn,
      name,
      otherNames: [...new Set(names.filter((other) => other && other !== name && !notNames.has(other)))],
      region: region!,
      neighbourNumbers: neighbours,
    };
  });

  const byDfeNumber = new Map<string, string>();
  const seen = { ons: new Set<string>(), urn: new Set<string>() };
  for (const council of parsed) {
    if (seen.ons.has(council.onsCode)) fail(council.line, `repeats the ONS code ${council.onsCode}.`);
    if (byDfeNumber.has(council.dfeNumber)) fail(council.line, `repeats the DfE number ${council.dfeNumber}.`);
    if (seen.urn.has(council.ofstedUrn)) fail(council.line, `repeats Ofsted's provider number ${council.ofstedUrn}.`);
    seen.ons.add(council.onsCode);
    seen.urn.add(council.ofstedUrn);
    byDfeNumber.set(council.dfeNumber, council.onsCode);
  }

  // Neighbours by DfE number: the list's own ONS codes for them keep Barnsley's and Sheffield's old codes.
  return parsed.map((council): Council => {
    const statisticalNeighbours = council.neighbourNumbers.map((number) => {
      const code = byDfeNumber.get(number);
      if (!code) fail(council.line, `names ${number} as a statistical neighbour, which is no council in the list.`);
      if (code === council.onsCode) fail(council.line, `names the council itself as its statistical neighbour.`);
      return code!;
    });
    return {
      onsCode: council.onsCode,
      formerOnsCodes: FORMER_ONS_CODES[council.onsCode] ?? [],
      dfeNumber: council.dfeNumber,
      ofstedUrn: council.ofstedUrn,
      name: council.name,
      otherNames: council.otherNames,
      region: council.region.name,
      regionCode: council.region.code,
      type: COUNCIL_TYPES[council.onsCode.slice(0, 3) as keyof typeof COUNCIL_TYPES],
      statisticalNeighbours,
      abolished: ABOLISHED_COUNCILS[council.onsCode] ?? null,
    };
  });
}

/** "308, 821, 313" → ["308", "821", "313"]. */
function listCells(cell: string): string[] {
  return cell
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
