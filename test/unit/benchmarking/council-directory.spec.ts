import { CouncilDirectory, councilNameKey, normaliseCouncilName } from '../../../src/benchmarking/council-directory';
import { readCouncilList } from '../../../src/benchmarking/councils';
import { readShippedFile } from '../../../src/benchmarking/shipped-dataset';

const sut = new CouncilDirectory(readCouncilList(readShippedFile('councils')));
const codeOf = (name: string) => sut.findCouncil(name)?.onsCode ?? null;

describe('findCouncil', () => {
  it("finds every council by its own name and each of its other names, whatever the case, with or without 'Council'", () => {
    const misses: string[] = [];
    for (const council of sut.councils) {
      for (const name of [council.name, ...council.otherNames]) {
        for (const written of [name, name.toUpperCase(), `${name} Council`, `the ${name.toLowerCase()} council`]) {
          if (sut.findCouncil(written) !== council) misses.push(`${written} (${council.onsCode})`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every council by its ONS code, in any case, and by a code it had before', () => {
    const misses = sut.councils.filter(
      (council) =>
        sut.findCouncil(council.onsCode) !== council ||
        sut.findCouncil(` ${council.onsCode.toLowerCase()} `) !== council,
    );
    expect(misses).toEqual([]);
    expect(codeOf('E08000016')).toBe('E08000038');
    expect(codeOf('e08000019')).toBe('E08000039');
  });

  it.each([
    ['London Borough of Barking and Dagenham', 'E09000002'],
    ['Barking & Dagenham', 'E09000002'],
    ['Kingston upon Hull City Council', 'E06000010'],
    ['Hull City Council', 'E06000010'],
    ['Hull', 'E06000010'],
    ['Kingston-upon-Hull', 'E06000010'],
    ['Bristol, City of', 'E06000023'],
    ['Bristol City Council', 'E06000023'],
    ['the Royal Borough of Greenwich', 'E09000011'],
    ['Royal Borough of Kensington and Chelsea', 'E09000020'],
    ['The Royal Borough of Windsor & Maidenhead', 'E06000040'],
    ['Royal Borough of Kingston upon Thames', 'E09000021'],
    ['London Borough of Richmond upon Thames', 'E09000027'],
    ['Durham County Council', 'E06000047'],
    ['County Durham', 'E06000047'],
    ['Bedford Borough Council', 'E06000055'],
    ['City of Bradford Metropolitan District Council', 'E08000032'],
    ['Doncaster Metropolitan Borough Council', 'E08000017'],
    ['Metropolitan Borough of Wirral', 'E08000015'],
    ['City of York Council', 'E06000014'],
    ['City of Wolverhampton Council', 'E08000031'],
    ['Herefordshire, County of', 'E06000019'],
    ['St Helens Council', 'E08000013'],
    ['Saint Helens', 'E08000013'],
    ['Southend-on-Sea City Council', 'E06000033'],
    ['Brighton & Hove City Council', 'E06000043'],
    ['Bath & North East Somerset Council', 'E06000022'],
    ['Telford & Wrekin', 'E06000020'],
    ['Newcastle City Council', 'E08000021'],
    ['Council of the Isles of Scilly', 'E06000053'],
    ['City of London Corporation', 'E09000001'],
    ['City of London', 'E09000001'],
    ['Halton Borough', 'E06000006'],
    ['Haringey', 'E09000014'],
    ["Isle of Wight Council's children's services", 'E06000046'],
    ['Norfolk County Council', 'E10000020'],
    ['Northamptonshire County Council', 'E10000021'],
    ['Cumbria', 'E10000006'],
    ['BCP Council', 'E06000058'],
    ['Bournemouth, Christchurch & Poole', 'E06000058'],
    ["Birmingham Children's Trust", 'E08000025'],
    ['Birmingham Children’s Trust', 'E08000025'],
    ['Together for Children', 'E08000024'],
    ['Together for Children - Sunderland', 'E08000024'],
    ['Slough Children First', 'E06000039'],
    ["Slough Children's Services Trust", 'E06000039'],
    ["Doncaster Children's Services Trust", 'E08000017'],
    ["Sandwell Children's Trust", 'E08000028'],
    ['Worcestershire Children First', 'E10000034'],
    ['Sóuthwark Council', 'E09000028'],
    ['Dorset Council', 'E06000059'],
    ['Dorset', 'E06000059'],
  ])('%s → %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it.each([
    ['Achieving for Children', 3],
    ["Northamptonshire Children's Trust", 2],
    ['Kingston', 0],
    ['London', 0],
    ['London Borough', 0],
    ['Dorset County Council', 0],
    ['The Dorset County Council', 0],
    ["Dorset County Council's children's services", 0],
    ['Bournemouth', 0],
    ['Bournemouth Borough Council', 0],
    ['Swansea Council', 0],
    ['City and County of Swansea', 0],
    ['Cambridge City Council', 0],
    ['Newcastle-under-Lyme', 0],
    ['Greater Manchester', 0],
    ['Council', 0],
    ['', 0],
    ['W06000011', 0],
    ['E07000008', 0],
  ])('finds no one council for %j (%i could be meant)', (name, candidates) => {
    expect(sut.findCouncil(name)).toBeNull();
    expect(sut.findCouncils(name)).toHaveLength(candidates);
  });

  it('never lets two councils share a name', () => {
    const shared = new Map<string, Set<string>>();
    for (const council of sut.councils) {
      for (const name of [council.name, ...council.otherNames]) {
        for (const form of [normaliseCouncilName(name), councilNameKey(name)]) {
          shared.set(form, (shared.get(form) ?? new Set()).add(council.onsCode));
        }
      }
    }
    expect([...shared].filter(([, codes]) => codes.size > 1)).toEqual([]);
  });
});

describe('normaliseCouncilName and councilNameKey', () => {
  it.each([
    [
      '  The Royal Borough of Kingston-upon-Thames ',
      'the royal borough of kingston upon thames',
      'kingston upon thames',
    ],
    ['Kingston Upon Hull, City of', 'kingston upon hull city of', 'kingston upon hull'],
    ['St. Helens Metropolitan Borough Council', 'st helens metropolitan borough council', 'st helens'],
    ['Brighton & Hove City Council', 'brighton and hove city council', 'brighton and hove'],
    ['Bromley Children’s Services', 'bromley childrens services', 'bromley'],
    ['Ealing (London Borough)', 'ealing london borough', 'ealing'],
    ['Council', 'council', 'council'],
  ])('%j → %j → %j', (name, normalised, key) => {
    expect(normaliseCouncilName(name)).toBe(normalised);
    expect(councilNameKey(name)).toBe(key);
  });
});

describe('judgeNamedCouncil', () => {
  const halton = 'E06000006';

  it('says a report names this council, a predecessor, another council, or cannot tell', () => {
    expect(sut.judgeNamedCouncil('Halton Borough Council', halton)).toMatchObject({
      verdict: 'same',
      council: { onsCode: halton },
    });
    expect(sut.judgeNamedCouncil("Birmingham Children's Trust", 'E08000025')).toMatchObject({ verdict: 'same' });
    expect(sut.judgeNamedCouncil('Kent', halton)).toMatchObject({
      verdict: 'other',
      councils: [{ onsCode: 'E10000016', name: 'Kent' }],
    });
    expect(sut.judgeNamedCouncil('Northamptonshire County Council', 'E06000061')).toMatchObject({
      verdict: 'predecessor',
      councils: [{ name: 'Northamptonshire' }],
    });
    expect(sut.judgeNamedCouncil('Northamptonshire County Council', halton)).toMatchObject({ verdict: 'other' });
  });

  it('calls a company that runs several councils other for a council it does not run, and cannot tell for one it does', () => {
    expect(sut.judgeNamedCouncil('Achieving for Children', 'E09000003')).toMatchObject({
      verdict: 'other',
      councils: [
        { name: 'Kingston upon Thames' },
        { name: 'Richmond upon Thames' },
        { name: 'Windsor and Maidenhead' },
      ],
    });
    expect(sut.judgeNamedCouncil('Achieving for Children', 'E09000021')).toEqual({ verdict: 'unknown' });
  });

  it('cannot tell for a name that is no council, or for a council it does not know', () => {
    expect(sut.judgeNamedCouncil('Ofsted', halton)).toEqual({ verdict: 'unknown' });
    expect(sut.judgeNamedCouncil('Kingston', 'E09000021')).toEqual({ verdict: 'unknown' });
    expect(sut.judgeNamedCouncil('Halton', 'E99999999')).toEqual({ verdict: 'unknown' });
  });
});

describe('current', () => {
  it('lists the 153 councils of today by name, for choosing one at set-up', () => {
    const councils = sut.current();

    expect(councils).toHaveLength(153);
    expect(councils.map((council) => council.name)).toEqual(
      [...councils.map((council) => council.name)].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );
    expect(councils.map((council) => council.name)).not.toEqual(expect.arrayContaining(['Poole']));
    expect(councils[0].name).toBe('Barking and Dagenham');
  });
});
