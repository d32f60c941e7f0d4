import { shippedCouncilDirectory } from '../../../src/benchmarking/shipped-councils';
import { namedCouncilMismatch } from '../../../src/inspections/named-council';

describe('whether an imported report names the importing council', () => {
  const directory = shippedCouncilDirectory();
  const halton = { name: 'Halton Borough Council', onsCode: 'E06000006' };
  const sut = (named: string, ours = halton) => namedCouncilMismatch(named, ours, directory);

  it.each([
    ['Halton', halton],
    ['Halton Borough Council', halton],
    ['Kingston upon Hull City Council', { name: 'Hull', onsCode: 'E06000010' }],
    ['Birmingham Children’s Trust', { name: 'Birmingham City Council', onsCode: 'E08000025' }],
    ['London Borough of Barking and Dagenham', { name: 'Barking & Dagenham', onsCode: 'E09000002' }],
    // A council this one took over from.
    ['Northamptonshire County Council', { name: 'North Northamptonshire Council', onsCode: 'E06000061' }],
    // A company that runs several councils' services: it could be this one.
    ['Achieving for Children', { name: 'Royal Borough of Kingston upon Thames', onsCode: 'E09000021' }],
    // No council's name at all.
    ['The Local Safeguarding Children Board', halton],
  ])('gives no warning for a report naming %s', (named, ours) => {
    expect(sut(named, ours)).toBeNull();
  });

  it('gives the ONS code of the other council a report names by its own name', () => {
    expect(sut('Liverpool')).toBe(
      'The report names Liverpool (E08000012), but you are importing it for Halton Borough Council. Check it is the right report.',
    );
  });

  it('names the council a report is about when it is another one', () => {
    expect(sut('Liverpool City Council')).toBe(
      'The report names Liverpool City Council, which is Liverpool (E08000012), but you are importing it for Halton Borough Council. Check it is the right report.',
    );
  });

  it('warns when the names share a word but name different councils, which comparing words alone missed', () => {
    expect(sut('North Somerset Council', { name: 'Somerset Council', onsCode: 'E06000066' })).toMatch(
      /^The report names North Somerset Council, which is North Somerset \(E06000024\), but you are importing it for Somerset Council\./,
    );
  });

  it('names every council a trust ran when it ran none of this one’s services', () => {
    expect(sut('Achieving for Children')).toMatch(/which is .* or .* or .*, but you are importing it for Halton/);
  });

  it('compares the names’ words for an authority whose code is not in the council list', () => {
    const otherton = { name: 'Otherton Borough Council', onsCode: 'E06999999' };
    expect(sut('Otherton', otherton)).toBeNull();
    expect(sut('Halton Borough Council', otherton)).toBe(
      'The report names Halton Borough Council, but you are importing it for Otherton Borough Council. Check it is the right report.',
    );
  });
});
