/**
 * The report model: everything a board paper or workbook shows, built once from the database and
 * a snapshot. The PDF and Excel writers only format it; nothing in a template queries anything.
 */
import type { PlanClock } from '../clock/plan-clock';
import type { CouncilComparison } from '../domain/council-comparison';
import type { DatasetInfo } from '../benchmarking/national-picture.service';
import type { Movement } from '../rag/movement';
import type { ActionStatusLine, IndicatorStatusLine, RollUpGroup } from '../rag/plan-status';
import type { RollUp, Thresholds } from '../rag/rules';

/** What only a person can write, and the meeting it is for. */
export interface PaperInputs {
  committee: string;
  meetingDate: string;
  agendaItem: string | null;
  reportingOfficer: string;
  subject: string;
  status: 'public' | 'exempt';
  /** Schedule 12A to the Local Government Act 1972, paragraphs 1 to 7. */
  exemptParagraph: number | null;
  houseStyle: 'executive-board' | 'cabinet';
  purpose: string | null;
  recommendations: string[];
  nextSteps: string | null;
  implications: {
    policy: string | null;
    financial: string | null;
    legal: string | null;
    equalities: string | null;
    risk: string | null;
    crimeAndDisorder: string | null;
  };
  backgroundPapers: string[];
  /** The front sheet: each line is printed only when it has a value. */
  contactOfficer: string | null;
  portfolioHolder: string | null;
  keyDecision: boolean;
  /** The wards affected, as the clerk writes them, for example "All wards". */
  wards: string | null;
  /** For a corrected paper, the date the paper it replaces was printed. */
  replacesPaperOf: string | null;
}

export interface ReportJudgement {
  label: string;
  gradePublished: string;
  grade: string;
  level: number;
  scored: boolean;
}

export interface ReportChart {
  id: string;
  title: string;
  /** States the chart's numbers: read out in place of the picture. */
  alt: string;
  /** PNG at print resolution, as a data: URI. */
  src: string;
}

export interface AppendixGroup {
  position: number;
  recommendation: string;
  actions: ActionStatusLine[];
}

/**
 * What the plan as sent to the inspectorate shows beyond the paper: each action's description and
 * milestones, and the timescale the inspection gave each recommendation (by its position).
 */
export interface PlanDetail {
  recommendations: Record<number, { timescale: string | null }>;
  actions: Record<string, { description: string | null; milestones: PlanMilestone[] }>;
}

export interface PlanMilestone {
  title: string;
  dueDate: string;
  completedOn: string | null;
}

export interface ReportModel {
  /** The council, and its logo for the front sheet as a data: URI, if it has one. */
  authority: { name: string; logo?: string | null };
  paper: PaperInputs;
  plan: {
    reference: string;
    title: string;
    status: string;
    endorsedBy: string | null;
    endorsedOn: string | null;
    /** What the inspection's framework asks of the council and where it stands; null in papers kept from before. */
    statutoryClock: PlanClock | null;
  };
  inspection: {
    kind: string;
    /** The framework's name and years; absent in papers kept from before frameworks were recorded. */
    framework?: string | null;
    title: string;
    inspectorate: string;
    fieldworkStart: string | null;
    fieldworkEnd: string | null;
    publishedOn: string | null;
    judgements: ReportJudgement[];
  };
  asOf: string;
  reportingPeriod: string;
  thresholds: Thresholds;
  summary: RollUp;
  byJudgementArea: RollUpGroup[];
  exceptions: ActionStatusLine[];
  indicators: IndicatorStatusLine[];
  /** Since the previous paper for this plan; null for the first paper. */
  movement: (Movement & { previousPaperOn: string }) | null;
  appendix: AppendixGroup[];
  /** Every value of each indicator up to the as-of date, oldest first, by indicator id. */
  series: Record<string, { period: string; value: string }[]>;
  charts: ReportChart[];
  /**
   * How the council compares with its statistical neighbours, its region and England, by the
   * national outcomes in use when the paper is printed; null when no council in the national data
   * matches the authority (the paper then says so).
   */
  comparison: { dataset: DatasetInfo; comparison: CouncilComparison | null; reason: string };
  /** Marks every page of an illustrative example. */
  notice: string | null;
  /**
   * The themes whose updates for the period due at the as-of date were not signed off when the
   * paper was made: the front sheet names them. Absent in papers kept from before sign-off.
   */
  signOff?: { period: string; waiting: string[] };
  /** Only for the plan as sent to the inspectorate. */
  planDetail?: PlanDetail;
}

/** Paper inputs with nothing written yet: for a workbook, which has no meeting or prose. */
export function blankPaperInputs(subject: string, date: string): PaperInputs {
  return {
    committee: '',
    meetingDate: date,
    agendaItem: null,
    reportingOfficer: '',
    subject,
    status: 'public',
    exemptParagraph: null,
    houseStyle: 'executive-board',
    purpose: null,
    recommendations: [],
    nextSteps: null,
    implications: { policy: null, financial: null, legal: null, equalities: null, risk: null, crimeAndDisorder: null },
    backgroundPapers: [],
    contactOfficer: null,
    portfolioHolder: null,
    keyDecision: false,
    wards: null,
    replacesPaperOf: null,
  };
}
