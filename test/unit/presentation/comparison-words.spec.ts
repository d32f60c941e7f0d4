import { changeBetween, compareCouncil } from '../../../src/benchmarking/comparison';
import type { InspectionSummary } from '../../../src/domain/council-comparison';
import type { JudgementValue, Judgements } from '../../../src/domain/ilacs';
import { loadShippedNationalOutcomes } from '../../../src/benchmarking/shipped-dataset';
import {
  comparisonSummary,
  improvedNeighbours,
  inspectionChangeText,
} from '../../../src/presentation/comparison-words';
import { intervalWords, judgementWord } from '../../../src/presentation/words';

function inspection(publishedOn: string, ...values: JudgementValue[]): InspectionSummary {
  const [overall_effectiveness, leadership, help_and_protection, children_in_care, care_leavers] = values;
  const judgements: Judgements = {
    overall_effectiveness,
    leadership,
    help_and_protection,
    children_in_care,
    care_leavers,
  };
  return {
    publishedOn,
    inspectionStart: null,
    inspectionEnd: null,
    framework: null,
    leadInspector: null,
    reportUrl: null,
    judgements,
  };
}

describe('the words of how we compare', () => {
  it.each([
    [{ months: 0, days: 3 }, '1 week'],
    [{ months: 0, days: 20 }, '3 weeks'],
    [{ months: 1, days: 31 }, '1 month'],
    [{ months: 11, days: 340 }, '11 months'],
    [{ months: 12, days: 366 }, '1 year'],
    [{ months: 50, days: 1549 }, '4 years and 2 months'],
    [{ months: 25, days: 760 }, '2 years and 1 month'],
  ])('says %j as "%s"', (interval, words) => {
    expect(intervalWords(interval)).toBe(words);
  });

  it('words a grade as the product does everywhere, and a missing grade by its reason', () => {
    expect(judgementWord('requires_improvement')).toBe('Requires improvement');
    expect(judgementWord('not_reported_post_reform')).toBe('Not judged (no overall judgement from April 2026)');
    expect(judgementWord('data_unreadable')).toBe('Not known (grade not readable in the report)');
  });

  it('says how grades moved and in how long, or why they cannot be compared', () => {
    const earlier = inspection(
      '2020-04-15',
      'requires_improvement',
      'requires_improvement',
      'good',
      'good',
      'inspection_pre_dates_judgement',
    );
    const later = inspection('2024-07-12', 'inadequate', 'inadequate', 'inadequate', 'inadequate', 'inadequate');
    expect(inspectionChangeText(changeBetween(earlier, later))).toBe('Declined, in 4 years and 2 months');
    const unreadable = inspection(
      '2015-02-03',
      'data_unreadable',
      'data_unreadable',
      'data_unreadable',
      'data_unreadable',
      'data_unreadable',
    );
    expect(inspectionChangeText(changeBetween(unreadable, later))).toBe('Not comparable: no judgement graded in both');
    expect(inspectionChangeText(null)).toBe('No earlier graded inspection');
  });

  it("sums up Halton's latest inspection and its neighbours', and names each neighbour that improved and how", () => {
    const sut = compareCouncil(loadShippedNationalOutcomes(), 'E06000006');
    const summary = comparisonSummary(sut);
    expect(summary).toMatch(
      /^Halton's latest inspection was published on 12 July 2024 \(overall effectiveness: inadequate\); since the inspection before: declined, in 4 years and 2 months\. At their latest inspection, (\d+) of its 10 statistical neighbours improved, (\d+) declined and (\d+) stayed the same/,
    );
    const [, improved, declined, unchanged] =
      /(\d+) of its 10 statistical neighbours improved, (\d+) declined and (\d+) stayed/.exec(summary)!;
    expect(Number(improved)).toBe(sut.neighbourMovement.improved);
    expect(Number(declined)).toBe(sut.neighbourMovement.declined);
    expect(Number(unchanged)).toBe(sut.neighbourMovement.unchanged);
    const sentences = improvedNeighbours(sut);
    expect(sentences).toHaveLength(sut.neighbourMovement.improved);
    expect(sentences[0]).toBe(
      'St. Helens improved in 3 years and 10 months, from its inspection of 4 November 2019 to that of 4 September 2023: ' +
        'Overall effectiveness from inadequate to good; Impact of leaders from requires improvement to good; ' +
        'Help and protection from requires improvement to good; Children in care from inadequate to requires improvement.',
    );
  });
});
