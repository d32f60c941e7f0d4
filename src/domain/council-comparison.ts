/**
 * The shape of how a council compares with the others, which benchmarking/ works out from the national
 * inspection outcomes and presentation/, the pages, papers and workbooks print: the English regions and
 * council types, where the figures come from, and the comparison itself (see benchmarking/comparison.ts for
 * its rules).
 */
import type { IlacsGrade, JudgementKey, JudgementValue, Judgements } from './ilacs';

/** The nine English regions with their ONS codes. */
export const REGIONS = [
  { code: 'E12000001', name: 'North East' },
  { code: 'E12000002', name: 'North West' },
  { code: 'E12000003', name: 'Yorkshire and the Humber' },
  { code: 'E12000004', name: 'East Midlands' },
  { code: 'E12000005', name: 'West Midlands' },
  { code: 'E12000006', name: 'East of England' },
  { code: 'E12000007', name: 'London' },
  { code: 'E12000008', name: 'South East' },
  { code: 'E12000009', name: 'South West' },
] as const;
export type RegionName = (typeof REGIONS)[number]['name'];

/**
 * From the ONS code's first three characters, which the code's owner sets by definition (the
 * council list's own type column calls Cumberland and North Yorkshire counties, though both have
 * been unitary since 2023).
 */
export const COUNCIL_TYPES = {
  E06: 'Unitary authority',
  E08: 'Metropolitan district',
  E09: 'London borough',
  E10: 'County council',
} as const;
export type CouncilType = (typeof COUNCIL_TYPES)[keyof typeof COUNCIL_TYPES];

/** Where the figures come from and as at when: shown wherever they are used. */
export interface DatasetSource {
  /** Names the snapshot, e.g. ofsted-ilacs-2026-11. */
  readonly id: string;
  /** The month the figures were taken, YYYY-MM. */
  readonly asAt: string;
  /** The same in words, e.g. November 2026. */
  readonly asAtText: string;
  readonly description: string;
  /** The project that gathered the figures from Ofsted's reports and DfE's lists. */
  readonly compiledBy: { readonly name: string; readonly url: string; readonly licence: string };
  /** The licence of the facts themselves. */
  readonly licence: { readonly name: string; readonly url: string; readonly attribution: string };
  /** One paragraph for a page footer, a paper's source note or a workbook's notes. */
  readonly citation: string;
}

export interface CouncilSummary {
  readonly onsCode: string;
  readonly name: string;
  readonly region: RegionName;
  readonly type: CouncilType;
  /** When the council ceased to exist, or null. */
  readonly abolishedOn: string | null;
}

export interface InspectionSummary {
  readonly publishedOn: string;
  readonly inspectionStart: string | null;
  readonly inspectionEnd: string | null;
  /** `standard` or `short` for ILACS; other words as published; null when the source does not say (earlier frameworks). */
  readonly framework: string | null;
  readonly leadInspector: string | null;
  readonly reportUrl: string | null;
  readonly judgements: Judgements;
}

export type Direction = 'improved' | 'declined' | 'unchanged';
export type ChangeDirection = Direction | 'mixed' | 'not_comparable';

export interface JudgementMovement {
  readonly key: JudgementKey;
  readonly from: IlacsGrade;
  readonly to: IlacsGrade;
  readonly direction: Direction;
}

export interface InspectionChange {
  readonly fromPublishedOn: string;
  readonly toPublishedOn: string;
  /** Between the two publication dates: whole calendar months, and days. */
  readonly interval: { readonly months: number; readonly days: number };
  /** What the direction rests on: overall effectiveness when both judged it, else the judgements both made. */
  readonly basis: 'overall_effectiveness' | 'judgements';
  readonly direction: ChangeDirection;
  /** Every judgement graded in both inspections, in the usual order. */
  readonly judgements: readonly JudgementMovement[];
}

export interface CouncilOutcome {
  readonly council: CouncilSummary;
  /** Null when the council had no published inspection by the as-at date. */
  readonly latest: InspectionSummary | null;
  /** From the previous graded inspection to the latest; null when either is missing or ungraded. */
  readonly changeSincePrevious: InspectionChange | null;
}

export interface NeighbourOutcome extends CouncilOutcome {
  /** 1 for the closest statistical neighbour. */
  readonly rank: number;
}

export interface HistoryEntry {
  readonly inspection: InspectionSummary;
  readonly changeSincePrevious: InspectionChange | null;
}

export interface JudgementDistribution {
  readonly key: JudgementKey;
  readonly label: string;
  /** Councils by the value of their latest inspection's judgement, every value present (0 when none). */
  readonly counts: Readonly<Record<JudgementValue, number>>;
  /** Councils whose latest inspection gave this judgement a grade. */
  readonly graded: number;
  /** Each grade's share of `graded`, from 0 to 1 (all 0 when none was graded). */
  readonly shares: Readonly<Record<IlacsGrade, number>>;
}

export interface GradeDistribution {
  /** "England" or the region's name. */
  readonly area: string;
  /** Councils with at least one inspection published by the as-at date. */
  readonly councils: number;
  readonly judgements: readonly JudgementDistribution[];
}

export interface CouncilComparison {
  readonly source: DatasetSource;
  /** The as-at date asked for (YYYY-MM-DD), or null for everything in the data. */
  readonly asAt: string | null;
  readonly judgements: readonly { readonly key: JudgementKey; readonly label: string }[];
  readonly council: CouncilOutcome;
  /** The council's own inspections, newest first. */
  readonly history: readonly HistoryEntry[];
  /** Its ten statistical neighbours, closest first. */
  readonly neighbours: readonly NeighbourOutcome[];
  /** How many neighbours moved each way at their latest inspection; `no_previous` when there is nothing to compare. */
  readonly neighbourMovement: Readonly<Record<ChangeDirection | 'no_previous', number>>;
  readonly region: GradeDistribution;
  readonly england: GradeDistribution;
}
