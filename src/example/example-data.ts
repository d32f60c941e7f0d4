/**
 * The shape of an example data set: everything needed to show the product working for one
 * authority, from the published inspection to four quarters of progress. Plain data, no I/O.
 */
import type {
  ActionStatus,
  EcmOutcome,
  FrequencyKey,
  GradeKey,
  InspectionKind,
  PartnerKind,
  PlanStatus,
  Polarity,
  ProgressRag,
  RecommendationKind,
  Role,
  Timescale,
  ToleranceKind,
} from '../domain/vocabulary';

export interface ExampleData {
  /** Shown wherever the example is shown: which values are illustrative rather than published. */
  notice: string;
  authority: { name: string; onsCode: string; region: string };
  partners: { key: string; name: string; kind: PartnerKind }[];
  users: { email: string; displayName: string; role: Role; partnerKey: string | null }[];
  themeLeads: {
    /** An Every Child Matters outcome or a judgement area key. */
    theme: string;
    userEmail: string | null;
    leadName: string;
    leadTitle: string;
    partnerKey: string | null;
  }[];
  inspection: {
    kind: InspectionKind;
    title: string;
    inspectorate: string;
    fieldworkStart: string | null;
    fieldworkEnd: string | null;
    publishedOn: string | null;
    /** File name under shared/seeds copied into the project's example folder. */
    sourceFile: string;
    mediaType: string;
  };
  judgements: {
    areaKey: string;
    label: string;
    gradePublished: string;
    grade: GradeKey;
    level: 1 | 2 | 3 | 4;
    scored: boolean;
    summary: string | null;
    /** 1-based, inclusive line span in the source text. */
    lines: [number, number];
  }[];
  recommendations: {
    key: string;
    text: string;
    kind: RecommendationKind;
    timescale: Timescale | null;
    addressee: string | null;
    judgementAreaKey: string | null;
    lines: [number, number];
  }[];
  plan: {
    reference: string;
    title: string;
    status: PlanStatus;
    endorsedBy: string | null;
    endorsedOn: string | null;
    startDate: string;
    reportReceivedOn: string | null;
  };
  /** Catalogue or local indicators used by the plan. */
  indicators: {
    code: string;
    title: string;
    unit: string;
    polarity: Polarity;
    frequency: FrequencyKey;
    source: string;
    /** true when the indicator is the authority's own rather than a national one. */
    local: boolean;
  }[];
  actions: {
    reference: string;
    recommendationKey: string;
    title: string;
    description: string | null;
    kind: RecommendationKind;
    judgementAreaKey: string | null;
    ecmOutcome: EcmOutcome | null;
    ownerEmail: string | null;
    leadPartnerKey: string | null;
    startDate: string;
    dueDate: string;
    status: ActionStatus;
    percentComplete: number;
    /** When a complete or cancelled action closed. */
    closedOn?: string;
    milestones: { title: string; dueDate: string; completedOn: string | null }[];
    indicators: {
      code: string;
      baselineValue: string | null;
      baselinePeriod: string | null;
      targetValue: string | null;
      targetDate: string | null;
      toleranceKind: ToleranceKind;
      toleranceValue: string;
    }[];
  }[];
  measurements: { code: string; period: string; periodEnd: string; value: string; note: string | null }[];
  updates: {
    actionReference: string;
    authorEmail: string;
    period: string;
    narrative: string;
    percentComplete: number;
    proposedRag: ProgressRag;
    /** ISO timestamp with offset. */
    createdAt: string;
  }[];
}
