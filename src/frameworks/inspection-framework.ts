/**
 * Which framework an inspection belongs to, from what the import and the clerk record about it: its
 * kind (the strings of INSPECTION_KINDS, and those the import may add for visits and reviews), its
 * dates and the judgement areas it graded. Every answer comes with its reason in words.
 *
 * Kinds read (case and punctuation ignored):
 * - JAR → jar; APA → apa;
 * - LAC → slac_2009 for inspections before June 2012, else lac_2012; SLAC, SAFEGUARDING_AND_LAC → slac_2009;
 * - SIF → sif; LSCB, LSCB_REVIEW → lscb_review;
 * - ILACS, ILACS_STANDARD, ILACS_SHORT → ilacs_2018, or ilacs_2026 when the judgements have no overall
 *   effectiveness, or (with no judgements to go on) when the inspection began on or after 1 April 2026;
 * - FOCUSED_VISIT, FOCUSED, FV → focused_visit; MONITORING_VISIT, MONITORING, MV → monitoring_visit;
 * - OTHER, or anything else → read from the judgement areas, else none.
 */
import { areaLabel } from '../domain/vocabulary';
import { FRAMEWORKS, type FrameworkKey, ILACS_2026_FROM, frameworkAreaKey, frameworkAreaLabel } from './frameworks';

export interface InspectionFacts {
  /** The inspection's kind as stored, e.g. 'ILACS'. */
  kind: string;
  /** First day of fieldwork, when known (YYYY-MM-DD). */
  inspectedFrom?: string | null;
  publishedOn?: string | null;
  /** Keys of the judgements it graded, as stored. */
  judgementKeys?: readonly string[];
}

export interface FrameworkChoice {
  framework: FrameworkKey | null;
  reason: string;
}

/** The 2012–13 inspection of looked after children services replaced the 2009 one from mid-2012. */
const LAC_2012_FROM = '2012-06-01';

const KIND_ALIASES: Record<string, FrameworkKey | 'LAC' | 'ILACS'> = {
  JAR: 'jar',
  APA: 'apa',
  LAC: 'LAC',
  SLAC: 'slac_2009',
  SAFEGUARDING_AND_LAC: 'slac_2009',
  SIF: 'sif',
  LSCB: 'lscb_review',
  LSCB_REVIEW: 'lscb_review',
  ILACS: 'ILACS',
  ILACS_STANDARD: 'ILACS',
  ILACS_SHORT: 'ILACS',
  FOCUSED_VISIT: 'focused_visit',
  FOCUSED: 'focused_visit',
  FV: 'focused_visit',
  MONITORING_VISIT: 'monitoring_visit',
  MONITORING: 'monitoring_visit',
  MV: 'monitoring_visit',
};

function normaliseKind(kind: string): string {
  return String(kind ?? '')
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function named(key: FrameworkKey): string {
  return `${FRAMEWORKS[key].name} (${FRAMEWORKS[key].years})`;
}

/**
 * The framework whose judgement areas these are, or null when they say nothing distinctive. Used when
 * the kind does not say (OTHER) and by the breakdown when it is given areas but no framework.
 */
export function frameworkFromAreas(keys: readonly string[]): FrameworkKey | null {
  const has = (...wanted: string[]) => wanted.some((key) => keys.includes(key));
  if (has('lscb', 'adoption', 'children_looked_after')) return 'sif';
  if (has('outcomes', 'quality_of_provision')) return 'lac_2012';
  if (has('service_management', 'ldd', 'youth_support', 'looked_after_children')) return 'jar';
  if (has('be_healthy', 'stay_safe', 'enjoy_and_achieve', 'positive_contribution', 'economic_well_being')) return 'apa';
  if (has('children_in_care', 'help_and_protection', 'care_leavers', 'leadership')) {
    return keys.includes('overall_effectiveness') || !keys.includes('care_leavers') ? 'ilacs_2018' : 'ilacs_2026';
  }
  return null;
}

export function frameworkForInspection(facts: InspectionFacts): FrameworkChoice {
  const kind = normaliseKind(facts.kind);
  const alias = KIND_ALIASES[kind];
  const keys = facts.judgementKeys ?? [];
  const date = facts.inspectedFrom ?? facts.publishedOn ?? null;

  if (alias === 'LAC') {
    const framework: FrameworkKey = date && date < LAC_2012_FROM ? 'slac_2009' : 'lac_2012';
    return {
      framework,
      reason: date
        ? `${named(framework)}: a looked-after-children inspection of ${date.slice(0, 4)}.`
        : `${named(framework)}: a looked-after-children inspection with no date recorded.`,
    };
  }
  if (alias === 'ILACS') {
    if (keys.length) {
      const framework: FrameworkKey = keys.includes('overall_effectiveness') ? 'ilacs_2018' : 'ilacs_2026';
      return {
        framework,
        reason:
          framework === 'ilacs_2018'
            ? `${named(framework)}: the inspection judged overall effectiveness.`
            : `${named(framework)}: the inspection made no overall effectiveness judgement.`,
      };
    }
    const framework: FrameworkKey = date && date >= ILACS_2026_FROM ? 'ilacs_2026' : 'ilacs_2018';
    return {
      framework,
      reason: date
        ? `${named(framework)}: an ILACS inspection ${framework === 'ilacs_2026' ? 'from' : 'before'} April 2026.`
        : `${named(framework)}: an ILACS inspection with no date recorded.`,
    };
  }
  if (alias) return { framework: alias, reason: `${named(alias)}: the inspection is recorded as ${facts.kind}.` };

  const inferred = frameworkFromAreas(keys);
  if (inferred) {
    return { framework: inferred, reason: `${named(inferred)}: its judgement areas are that framework's.` };
  }
  return {
    framework: null,
    reason: `No framework: the kind "${facts.kind}" and the judgement areas name none this product knows.`,
  };
}

/** The date that picks an inspection's areas and labels: the first day of fieldwork, else publication. */
export function inspectedOnOf(inspection: {
  fieldworkStart: string | null;
  publishedOn: string | null;
}): string | null {
  return inspection.fieldworkStart ?? inspection.publishedOn ?? null;
}

/**
 * A judgement area's label in the words of the inspection's own framework, as in force on `on`; an
 * area the framework does not list (a JAR's additional investigation, or an inspection of no known
 * framework) keeps the label the product's vocabulary gives it.
 */
export function areaLabelIn(framework: FrameworkKey | null, areaKey: string, on: string | null = null): string {
  if (framework) {
    const own = frameworkAreaKey(framework, areaKey, on);
    if (own) return frameworkAreaLabel(framework, own, on);
  }
  return areaLabel(areaKey);
}

/** The framework's name and years, e.g. "Joint area review of children's services (2005–2009)". */
export function frameworkNameOf(framework: FrameworkKey | null): string | null {
  return framework ? named(framework) : null;
}
