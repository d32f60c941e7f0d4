import {
  ABOLISHED_COUNCILS,
  CHILDRENS_SERVICES_COMPANIES,
  FORMER_ONS_CODES,
  NOT_COUNCIL_NAMES,
  OTHER_COUNCIL_NAMES,
} from '../../../src/benchmarking/council-facts';
import { readCouncilList } from '../../../src/benchmarking/councils';
import { REGIONS } from '../../../src/domain/council-comparison';
import { NationalDataError } from '../../../src/benchmarking/national-data-error';
import { readShippedFile } from '../../../src/benchmarking/shipped-dataset';

const shipped = readShippedFile('councils');
const councils = readCouncilList(shipped);
const byCode = new Map(councils.map((council) => [council.onsCode, council]));
const named = (code: string) => byCode.get(code)!.name;

describe('the shipped council list', () => {
  it("holds the 153 councils with children's services today and the 3 abolished since 2019", () => {
    expect(councils).toHaveLength(156);
    expect(councils.filter((council) => !council.abolished)).toHaveLength(153);
    expect(
      councils
        .filter((council) => council.abolished)
        .map((council) => [council.name, council.abolished!.on, council.abolished!.succeededBy.map(named)]),
    ).toEqual([
      ['Cumbria', '2023-04-01', ['Cumberland', 'Westmorland and Furness']],
      ['Northamptonshire', '2021-04-01', ['North Northamptonshire', 'West Northamptonshire']],
      ['Poole', '2019-04-01', ['Bournemouth, Christchurch and Poole']],
    ]);
  });

  it('gives every council of today ten statistical neighbours of today, never itself', () => {
    const wrong = councils
      .filter((council) => !council.abolished)
      .filter(
        (council) =>
          new Set(council.statisticalNeighbours).size !== 10 ||
          council.statisticalNeighbours.some(
            (code) => code === council.onsCode || byCode.get(code)?.abolished !== null,
          ),
      );

    expect(wrong.map((council) => council.name)).toEqual([]);
  });

  it('reads neighbours by DfE number, so Barnsley and Sheffield have their codes of April 2025', () => {
    const birmingham = byCode.get('E08000025')!;
    const halton = byCode.get('E06000006')!;

    // The order of the list's DfE numbers, closest first.
    expect(birmingham.statisticalNeighbours.map(named)).toEqual([
      'Nottingham',
      'Manchester',
      'Bradford',
      'Newcastle upon Tyne',
      'Oldham',
      'Blackburn with Darwen',
      'Sheffield',
      'Middlesbrough',
      'Southampton',
      'Salford',
    ]);
    expect(birmingham.statisticalNeighbours).toContain('E08000039');
    expect(halton.statisticalNeighbours).toContain('E08000038');
    expect(byCode.get('E08000038')).toMatchObject({ name: 'Barnsley', formerOnsCodes: ['E08000016'] });
    expect(byCode.get('E08000039')).toMatchObject({ name: 'Sheffield', formerOnsCodes: ['E08000019'] });
  });

  it('puts every council in one of the nine regions, with the region code ONS gives it', () => {
    const counts = new Map<string, number>();
    for (const council of councils.filter((each) => !each.abolished)) {
      counts.set(council.region, (counts.get(council.region) ?? 0) + 1);
      expect(REGIONS.find((region) => region.name === council.region)?.code).toBe(council.regionCode);
    }
    expect(Object.fromEntries(counts)).toEqual({
      London: 33,
      'North West': 24,
      'South East': 19,
      'South West': 15,
      'Yorkshire and the Humber': 15,
      'West Midlands': 14,
      'North East': 12,
      'East of England': 11,
      'East Midlands': 10,
    });
    expect(byCode.get('E06000060')).toMatchObject({
      name: 'Buckinghamshire',
      region: 'South East',
      regionCode: 'E12000008',
    });
    expect(byCode.get('E10000013')).toMatchObject({
      name: 'Gloucestershire',
      region: 'South West',
      regionCode: 'E12000009',
    });
  });

  it('types each council by its ONS code', () => {
    expect(byCode.get('E06000063')).toMatchObject({ name: 'Cumberland', type: 'Unitary authority' });
    expect(byCode.get('E09000002')).toMatchObject({ name: 'Barking and Dagenham', type: 'London borough' });
    expect(byCode.get('E08000025')).toMatchObject({ name: 'Birmingham', type: 'Metropolitan district' });
    expect(byCode.get('E10000003')).toMatchObject({ name: 'Cambridgeshire', type: 'County council' });
  });

  it("keeps the list's other names, without BCP's split at the commas", () => {
    expect(byCode.get('E06000010')!.otherNames).toEqual(
      expect.arrayContaining(['Kingston Upon Hull', 'Hull', 'Kingston upon Hull']),
    );
    expect(byCode.get('E06000058')!.otherNames).toEqual(['BCP']);
    expect(byCode.get('E06000047')!.otherNames).toEqual(['County Durham']);
  });

  it('has every council the product says more about', () => {
    const codes = [
      ...Object.keys(FORMER_ONS_CODES),
      ...Object.keys(OTHER_COUNCIL_NAMES),
      ...Object.keys(NOT_COUNCIL_NAMES),
      ...Object.keys(ABOLISHED_COUNCILS),
      ...Object.values(ABOLISHED_COUNCILS).flatMap((abolished) => abolished.succeededBy),
    ];
    expect(codes.filter((code) => !byCode.has(code))).toEqual([]);

    expect(
      Object.fromEntries(CHILDRENS_SERVICES_COMPANIES.map((company) => [company.name, company.councils.map(named)])),
    ).toEqual({
      'Achieving for Children': ['Kingston upon Thames', 'Richmond upon Thames', 'Windsor and Maidenhead'],
      "Birmingham Children's Trust": ['Birmingham'],
      'Together for Children': ['Sunderland'],
      'Slough Children First': ['Slough'],
      "Doncaster Children's Services Trust": ['Doncaster'],
      "Sandwell Children's Trust": ['Sandwell'],
      "Northamptonshire Children's Trust": ['North Northamptonshire', 'West Northamptonshire'],
      'Worcestershire Children First': ['Worcestershire'],
    });
    expect(named('E08000021')).toBe('Newcastle upon Tyne');
    expect(named('E06000033')).toBe('Southend-on-Sea');
    expect(named('E06000022')).toBe('Bath and North East Somerset');
    expect(named('E09000020')).toBe('Kensington and Chelsea');
    expect(named('E06000040')).toBe('Windsor and Maidenhead');
    expect(named('E06000053')).toBe('Isles of Scilly');
    expect(named('E09000001')).toBe('City of London');
  });
});

describe('readCouncilList refuses a list it cannot trust', () => {
  const [header, first, ...rest] = shipped.split('\r\n');
  const columns = header.replace(/^\uFEFF/, '').split(',');

  /** Barking and Dagenham's row (the first) with a cell changed: its quoted lists are kept as they are. */
  function withFirstRow(change: (row: string) => string): string {
    return [header, change(first), ...rest].join('\r\n');
  }

  function refusal(text: string): string {
    try {
      readCouncilList(text);
    } catch (error) {
      if (error instanceof NationalDataError && error.kind === 'invalid_file') return error.message;
      throw error;
    }
    throw new Error('The list was accepted.');
  }

  it('starts from rows that name the columns it needs', () => {
    expect(columns).toEqual(expect.arrayContaining(['la_code_new', 'stat_neighbours', 'region_name']));
    expect(first.startsWith('80486,301,E09000002,')).toBe(true);
  });

  it.each([
    [
      'a region that is not one of the nine',
      (row: string) => row.replace(',GL,London,', ',GL,Greater London,'),
      'Line 2 of the council list gives "Greater London" as the region, which is not one of England\'s nine.',
    ],
    [
      'a code that is not an English council’s',
      (row: string) => row.replace('80486,301,E09000002,', '80486,301,W06000011,'),
      'Line 2 of the council list gives "W06000011" as the ONS code; an English council\'s code is like E06000006.',
    ],
    [
      'nine statistical neighbours',
      (row: string) => row.replace('"308, 821, ', '"821, '),
      'Line 2 of the council list gives 9 statistical neighbours; there are ten, or none.',
    ],
    [
      'a neighbour that is no council',
      (row: string) => row.replace('"308, 821, ', '"999, 821, '),
      'Line 2 of the council list names 999 as a statistical neighbour, which is no council in the list.',
    ],
    [
      'a council twice',
      (row: string) => row.replace('80486,301,E09000002,', '80486,301,E09000003,'),
      'Line 3 of the council list repeats the ONS code E09000003.',
    ],
  ])('%s', (_case, change, message) => {
    expect(refusal(withFirstRow(change))).toBe(message);
  });

  it('a missing column', () => {
    const text = shipped.replace(',region_name,', ',region,');
    expect(refusal(text)).toBe('The council list has no column "region_name"; its first line must name it.');
  });
});
