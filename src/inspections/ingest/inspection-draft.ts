/**
 * What the import hands back for the clerk to review: everything the parser found in a published
 * inspection, each item traced to the lines (1-based, inclusive) of the extracted text it came from.
 */
import type { GradeKey, InspectionKind, RecommendationKind, Timescale } from '../../domain/vocabulary';

export type LineSpan = [from: number, to: number];

export type SourceFormat = 'pdf' | 'docx' | 'json' | 'text';

export interface DraftGrade {
  /** Verbatim, as published: "Outstanding", "Grade 4 (inadequate)", "Requires improvement to be good". */
  published: string;
  normalised: GradeKey;
  /** 4 outstanding … 1 inadequate, whatever numbering the framework used. */
  level: number;
}

export interface DraftJudgement {
  /** Key in the framework's vocabulary (JUDGEMENT_AREAS), else a slug of the label. */
  key: string;
  label: string;
  grade: DraftGrade;
  /** False for areas judged but not scored (JAR additional investigations). */
  scored: boolean;
  lines: LineSpan | null;
  /** How it was read: a table row, a heading followed by its grade, `Area: Grade`, or a sentence. */
  source?: 'table' | 'heading' | 'label' | 'sentence' | 'json';
  /** Other places that state the same grade for the same area. */
  alsoAt?: LineSpan[];
}

export interface DraftRecommendation {
  /** Verbatim, wrapped lines joined, bullet or number removed. */
  text: string;
  /** Only when the source says so (e.g. Halton's *Outcome/Process Improvements* headings). */
  kind: RecommendationKind | null;
  timescale: Timescale | null;
  /**
   * Listed under a focused visit's "Areas for priority action" (or "Priority action"): the letter asks
   * for a plan by a deadline because of it. Absent means false.
   */
  priorityAction?: boolean;
  /** Whom the report asks to act, when it says so ("the local authority", "the LSCB"). */
  addressee: string | null;
  lines: LineSpan | null;
  /** The heading it was listed under, verbatim ("Areas for improvement", "Within three months"). */
  heading?: string | null;
  /** A sub-heading grouping items by theme ("Quality of practice"). */
  theme?: string | null;
  /** The number the report gave it ("5", "131", "ii"). */
  reference?: string | null;
}

export type WarningCode =
  | 'earlier_inspection'
  | 'grade_scale'
  | 'grade_count'
  | 'process_description'
  | 'rag_status'
  | 'conflicting_grade'
  | 'unresolved_grade'
  | 'unrecognised_grade'
  | 'committee_recommendation'
  | 'unplaced_in_recommendations'
  | 'recommendation_from_prose'
  | 'empty_recommendations_heading'
  | 'numbering_gap'
  | 'missing_judgement'
  | 'no_authority'
  | 'no_judgements'
  | 'no_recommendations'
  | 'parser_error';

export interface DraftWarning {
  /** 1-based line of the extracted text, or null for the document as a whole. */
  line: number | null;
  /** The line (or the start of the passage) as extracted. */
  text: string;
  /** In words a clerk understands: why this was not taken. */
  reason: string;
  code: WarningCode;
}

export interface DraftDates {
  inspection?: { from: string; to: string; lines: LineSpan | null };
  published?: { date: string; lines: LineSpan | null };
  paper?: { date: string; lines: LineSpan | null };
}

/** The layout of its framework a report follows, and the judgements that layout gives. */
export interface DraftLayout {
  /** In words: "ILACS from April 2026", "Single inspection framework (2013–18)". */
  name: string;
  /** The judgement keys the layout gives; one the draft lacks is warned about. */
  judgements: string[];
  /** What the clerk should know about the layout, e.g. that it gives no overall effectiveness judgement. */
  note: string | null;
}

export interface InspectionDraft {
  authority: { name: string | null; lines: LineSpan | null };
  kind: InspectionKind;
  /** Where the kind was read from; null when it was not stated (kind is then OTHER) or for JSON. */
  kindLines: LineSpan | null;
  /** Null for frameworks whose reports vary too much to expect a set of judgements, and for JSON. */
  layout?: DraftLayout | null;
  dates: DraftDates;
  judgements: DraftJudgement[];
  recommendations: DraftRecommendation[];
  warnings: DraftWarning[];
  /** The extracted text the line numbers refer to (page headers, footers and numbers removed). */
  text: string;
}

export type ImportFailureStatus = 400 | 413 | 415 | 422 | 503;

export type ImportResult =
  | { ok: true; draft: InspectionDraft; format: SourceFormat; text: string }
  | { ok: false; status: ImportFailureStatus; message: string };

/** Uploads larger than this are refused with 413. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/**
 * Text longer than this is refused with 422, so that reading any upload stays within seconds: the
 * longest published reports hold about 140,000 characters on 2,300 lines (50 pages).
 */
export const MAX_TEXT_CHARACTERS = 500_000;
export const MAX_TEXT_LINES = 20_000;
