import { councilOfAuthority } from '../../../src/benchmarking/authority-council';
import { loadShippedNationalOutcomes } from '../../../src/benchmarking/shipped-dataset';
import { gradeDistributionChart } from '../../../src/benchmarking/comparison-chart';
import { compareCouncil } from '../../../src/benchmarking/comparison';

const national = loadShippedNationalOutcomes();

describe("the authority's council in the national data", () => {
  it.each([
    ['Halton Borough Council', 'E06000006', 'E06000006'],
    ['London Borough of Barking and Dagenham', null, 'E09000002'],
    // A name no council has, with the right code: found by the code.
    ['Halton Children and Young People', 'E06000006', 'E06000006'],
  ])('finds %s (ONS code %s)', (name, onsCode, expected) => {
    expect(councilOfAuthority(national.directory, { name, onsCode })?.onsCode).toBe(expected);
  });

  it('finds no council for an authority neither its name nor its code names, nor for a name of several', () => {
    expect(
      councilOfAuthority(national.directory, { name: 'Otherton Borough Council', onsCode: 'E06099999' }),
    ).toBeNull();
    expect(councilOfAuthority(national.directory, { name: 'Achieving for Children', onsCode: null })).toBeNull();
  });
});

describe('the chart of grades in the region and England', () => {
  it('has a bar per judgement and area, a segment per grade, and a text alternative stating every share', () => {
    const comparison = compareCouncil(national, 'E06000006');
    const sut = gradeDistributionChart([comparison.region, comparison.england]);
    expect(sut.configuration.data.labels).toHaveLength(10);
    expect(sut.configuration.data.labels?.[0]).toEqual(['Overall effectiveness', 'North West']);
    expect(sut.configuration.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
    ]);
    const overall = comparison.england.judgements[0];
    const share = (grade: 'outstanding' | 'good') => Math.round(overall.shares[grade] * 1000) / 10;
    expect(sut.alt).toContain(
      `Overall effectiveness, England (${overall.graded} councils graded): Outstanding ${share('outstanding')}%, Good ${share('good')}%`,
    );
    // Every bar adds up to 100 % of the councils graded (to rounding).
    for (let bar = 0; bar < 10; bar++) {
      const total = sut.configuration.data.datasets.reduce((sum, dataset) => sum + Number(dataset.data[bar]), 0);
      expect(total).toBeCloseTo(100, 0);
    }
  });
});
