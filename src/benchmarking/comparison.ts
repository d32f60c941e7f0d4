/**
 * How a council compares: its latest judgements beside its ten statistical neighbours', the
 * distribution of grades in its region and in England, its own inspections, and for each council
 * whether it improved since its previous inspection and in how long. One plain model for the page,
 * the board paper's section and the workbook's sheet, which only format it. Pure: no I/O.
 *
 * Rules:
 * - "Latest" is the last inspection published on or before the as-at date (all of them when there is
 *   none). Its judgements are shown as published, including why one has no grade (no overall
 *   judgement after April 2026; no care leavers judgement before 2023).
 * - A distribution counts each council once, by its latest inspection. Shares are of the councils
 *   that had a grade for that judgement; councils without one are counted by the reason.
 * - A change compares an inspection with the one before it that had any grade. It rests on overall
 *   effectiveness when both inspections judged it; otherwise on the judgements both made: improved
 *   when at least one grade rose and none fell, declined when at least one fell and none rose,
 *   mixed when some did each. "In how long" is the time between the two publication dates.
 */
import {
  type ChangeDirection,
  type CouncilComparison,
  type CouncilOutcome,
  type Direction,
  type GradeDistribution,
  type HistoryEntry,
  type InspectionChange,
  type InspectionSummary,
  type JudgementMovement,
  type NeighbourOutcome,
  type RegionName,
} from '../domain/council-comparison';
import {
  BENCHMARK_JUDGEMENTS,
  ILACS_GRADES,
  JUDGEMENT_KEYS,
  NO_GRADE_REASONS,
  gradeLevel,
  isGrade,
  type IlacsGrade,
  type JudgementValue,
  type Judgements,
} from '../domain/ilacs';
import type { Council } from './councils';
import type { NationalOutcomes, PublishedInspection } from './national-outcomes';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Refuses an ONS code no council in the list has (NationalDataError) and an as-at that is not a date (RangeError). */
export function compareCouncil(
  outcomes: NationalOutcomes,
  onsCode: string,
  options: { asAt?: string | null } = {},
): CouncilComparison {
  const asAt = options.asAt ?? null;
  if (asAt !== null) checkDate(asAt);
  const council = outcomes.council(onsCode);
  const history = historyOf(outcomes.inspectionsOf(council.onsCode, asAt));
  const neighbours = council.statisticalNeighbours.map((code, index): NeighbourOutcome => ({
    rank: index + 1,
    ...outcomeOf(outcomes, outcomes.council(code), asAt),
  }));
  const neighbourMovement = { improved: 0, declined: 0, unchanged: 0, mixed: 0, not_comparable: 0, no_previous: 0 };
  for (const neighbour of neighbours) neighbourMovement[neighbour.changeSincePrevious?.direction ?? 'no_previous']++;
  return {
    source: outcomes.source,
    asAt,
    judgements: BENCHMARK_JUDGEMENTS.map(({ key, label }) => ({ key, label })),
    council: latestOf(council, history),
    history: [...history].reverse(),
    neighbours,
    neighbourMovement,
    region: gradeDistribution(outcomes, council.region, asAt),
    england: gradeDistribution(outcomes, 'England', asAt),
  };
}

/** Worked out once for each area and as-at date: the national data does not change under a comparison. */
const distributions = new WeakMap<NationalOutcomes, Map<string, GradeDistribution>>();

/** The grades of the latest inspection of every council in `area` (a region's name, or England). */
export function gradeDistribution(
  outcomes: NationalOutcomes,
  area: RegionName | 'England',
  asAt: string | null = null,
): GradeDistribution {
  if (asAt !== null) checkDate(asAt);
  const known = distributions.get(outcomes) ?? new Map<string, GradeDistribution>();
  distributions.set(outcomes, known);
  const key = `${area} ${asAt}`;
  const found = known.get(key);
  if (found) return found;
  const distribution = distributionOf(outcomes, area, asAt);
  known.set(key, distribution);
  return distribution;
}

function distributionOf(
  outcomes: NationalOutcomes,
  area: RegionName | 'England',
  asAt: string | null,
): GradeDistribution {
  const latest: Judgements[] = [];
  for (const council of outcomes.directory.councils) {
    if (area !== 'England' && council.region !== area) continue;
    const inspections = outcomes.inspectionsOf(council.onsCode, asAt);
    if (inspections.length) latest.push(inspections[inspections.length - 1].judgements);
  }
  return {
    area,
    councils: latest.length,
    judgements: BENCHMARK_JUDGEMENTS.map(({ key, label }) => {
      const counts = Object.fromEntries([...ILACS_GRADES, ...NO_GRADE_REASONS].map((value) => [value, 0])) as Record<
        JudgementValue,
        number
      >;
      for (const judgements of latest) counts[judgements[key]]++;
      const graded = ILACS_GRADES.reduce((sum, grade) => sum + counts[grade], 0);
      const shares = Object.fromEntries(
        ILACS_GRADES.map((grade) => [grade, graded ? counts[grade] / graded : 0]),
      ) as Record<IlacsGrade, number>;
      return { key, label, counts, graded, shares };
    }),
  };
}

/** How the later inspection's grades compare with the earlier's. */
export function changeBetween(earlier: InspectionSummary, later: InspectionSummary): InspectionChange {
  const judgements: JudgementMovement[] = [];
  for (const key of JUDGEMENT_KEYS) {
    const from = earlier.judgements[key];
    const to = later.judgements[key];
    if (isGrade(from) && isGrade(to)) judgements.push({ key, from, to, direction: directionOf(from, to) });
  }
  const overall = judgements.find((movement) => movement.key === 'overall_effectiveness');
  let direction: ChangeDirection;
  if (overall) {
    direction = overall.direction;
  } else if (!judgements.length) {
    direction = 'not_comparable';
  } else {
    const rose = judgements.some((movement) => movement.direction === 'improved');
    const fell = judgements.some((movement) => movement.direction === 'declined');
    direction = rose && fell ? 'mixed' : rose ? 'improved' : fell ? 'declined' : 'unchanged';
  }
  return {
    fromPublishedOn: earlier.publishedOn,
    toPublishedOn: later.publishedOn,
    interval: intervalBetween(earlier.publishedOn, later.publishedOn),
    basis: overall ? 'overall_effectiveness' : 'judgements',
    direction,
    judgements,
  };
}

/** Whole calendar months and days from one YYYY-MM-DD date to a later one. */
export function intervalBetween(from: string, to: string): { months: number; days: number } {
  const [fy, fm, fd] = checkDate(from);
  const [ty, tm, td] = checkDate(to);
  const days = Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / MS_PER_DAY);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return { months, days };
}

function outcomeOf(outcomes: NationalOutcomes, council: Council, asAt: string | null): CouncilOutcome {
  return latestOf(council, historyOf(outcomes.inspectionsOf(council.onsCode, asAt)));
}

function latestOf(council: Council, history: readonly HistoryEntry[]): CouncilOutcome {
  const last = history[history.length - 1];
  return {
    council: {
      onsCode: council.onsCode,
      name: council.name,
      region: council.region,
      type: council.type,
      abolishedOn: council.abolished?.on ?? null,
    },
    latest: last?.inspection ?? null,
    changeSincePrevious: last?.changeSincePrevious ?? null,
  };
}

/** Oldest first, each graded inspection with its change from the graded one before it. */
function historyOf(inspections: readonly PublishedInspection[]): HistoryEntry[] {
  let previous: InspectionSummary | null = null;
  return inspections.map((published) => {
    const inspection: InspectionSummary = {
      publishedOn: published.publishedOn,
      inspectionStart: published.inspectionStart,
      inspectionEnd: published.inspectionEnd,
      framework: published.framework,
      leadInspector: published.leadInspector,
      reportUrl: published.reportUrl,
      judgements: published.judgements,
    };
    if (!JUDGEMENT_KEYS.some((key) => isGrade(inspection.judgements[key]))) {
      return { inspection, changeSincePrevious: null };
    }
    const changeSincePrevious = previous ? changeBetween(previous, inspection) : null;
    previous = inspection;
    return { inspection, changeSincePrevious };
  });
}

function directionOf(from: IlacsGrade, to: IlacsGrade): Direction {
  const difference = gradeLevel(to) - gradeLevel(from);
  return difference > 0 ? 'improved' : difference < 0 ? 'declined' : 'unchanged';
}

function checkDate(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`${JSON.stringify(date)} is not a date: expected YYYY-MM-DD, e.g. 2026-11-30.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`${date} is not a real calendar date.`);
  }
  return [year, month, day];
}
