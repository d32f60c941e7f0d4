/**
 * The sentences "How we compare" prints, the same on the page, in the board paper (PDF and Word)
 * and in the workbook.
 */
import type { CouncilComparison, InspectionChange } from '../domain/council-comparison';
import { govukDate } from './dates';
import { inspectionChangeWord, intervalWords, judgementWord } from './words';

/** "Improved, in 2 years and 3 months"; "No earlier graded inspection" when there is none. */
export function inspectionChangeText(change: InspectionChange | null | undefined): string {
  if (!change) return inspectionChangeWord('no_previous');
  const word = inspectionChangeWord(change.direction);
  return change.direction === 'not_comparable' ? word : `${word}, in ${intervalWords(change.interval)}`;
}

/** The council's latest inspection and how its ten statistical neighbours moved, in two sentences. */
export function comparisonSummary(comparison: CouncilComparison): string {
  const us = comparison.council;
  const first = us.latest
    ? `${us.council.name}'s latest inspection was published on ${govukDate(us.latest.publishedOn)} ` +
      `(overall effectiveness: ${judgementWord(us.latest.judgements.overall_effectiveness).toLowerCase()}); ` +
      `since the inspection before: ${inspectionChangeText(us.changeSincePrevious).toLowerCase()}.`
    : `No inspection of ${us.council.name} is in the national outcomes.`;
  const moved = comparison.neighbourMovement;
  const others = [
    moved.mixed ? `${moved.mixed} had mixed results` : '',
    moved.no_previous + moved.not_comparable ? `${moved.no_previous + moved.not_comparable} could not be compared` : '',
  ].filter(Boolean);
  const second =
    `At their latest inspection, ${moved.improved} of its ${comparison.neighbours.length} statistical neighbours improved, ` +
    `${moved.declined} declined and ${moved.unchanged} stayed the same${others.length ? `; ${others.join('; ')}` : ''}.`;
  return `${first} ${second}`;
}

/** Each neighbour that improved at its latest inspection, and how, in a sentence. */
export function improvedNeighbours(comparison: CouncilComparison): string[] {
  const labels = new Map(comparison.judgements.map((judgement) => [judgement.key, judgement.label]));
  return comparison.neighbours
    .filter((neighbour) => neighbour.changeSincePrevious?.direction === 'improved')
    .map((neighbour) => {
      const change = neighbour.changeSincePrevious as InspectionChange;
      const rises = change.judgements
        .filter((movement) => movement.direction === 'improved')
        .map(
          (movement) =>
            `${labels.get(movement.key)} from ${judgementWord(movement.from).toLowerCase()} to ${judgementWord(movement.to).toLowerCase()}`,
        );
      return (
        `${neighbour.council.name} improved in ${intervalWords(change.interval)}, from its inspection of ` +
        `${govukDate(change.fromPublishedOn)} to that of ${govukDate(change.toPublishedOn)}: ${rises.join('; ')}.`
      );
    });
}
