/**
 * Breakdown: a confirmed inspection's recommendations → proposed improvement actions, each
 * suggestion with the reason it was made. Pure and deterministic: the same input always gives the
 * same proposal, and nothing here reads a clock, a database or a file.
 *
 * The proposal follows the inspection's own framework (src/frameworks):
 * - kind: the source's own when it gives one, else classified from the wording (classify.ts);
 * - split: a compound recommendation whose coordinated parts ("obesity, breastfeeding and … infant
 *   mortality") are evidenced by different measures becomes one action per part; parts sharing a
 *   measure, and topics merely mentioned in passing, keep the recommendation whole;
 * - judgement area: one of the areas this inspection judged, labelled in its framework's words, from
 *   the recommendation's topics (topics.ts); an Every Child Matters outcome only for the frameworks
 *   that used them (JAR, APA, 2009–12), and a national framework outcome only where the report tags
 *   the recommendation with one;
 * - indicators from the catalogue of the framework's era (NI 2008 for JAR and APA, today's children's
 *   social care measures for SIF and ILACS) and the authority's own, else a local indicator for the
 *   clerk to define (outcome actions always get one; process actions only where a measure fits);
 * - owner: the theme lead for the area, else for the outcome; unassigned and flagged otherwise;
 * - dates: start at the plan's start; due after the timescale the report gives ("immediately",
 *   "within three months"), else after the framework's monitoring rhythm (a year for a JAR, six
 *   months for an inadequate ILACS area, three for a monitoring visit); quarterly milestones.
 */
import {
  ECM_OUTCOMES,
  areaLabel,
  type EcmOutcome,
  type GradeKey,
  type RecommendationKind,
  type Timescale,
} from '../../domain/vocabulary';
import { endOfMonthsFrom, financialQuarterOf, quarterEndsWithin } from '../../domain/periods';
import { govukDate } from '../../presentation/dates';
import {
  FRAMEWORKS,
  type Framework,
  type FrameworkKey,
  type IndicatorEra,
  areasOf,
  frameworkAreaKey,
  frameworkAreaLabel,
} from '../../frameworks/frameworks';
import { frameworkFromAreas } from '../../frameworks/inspection-framework';
import {
  type NationalFrameworkItem,
  nationalFrameworkKey,
  nationalFrameworkTagOf,
  nationalFrameworkWords,
} from '../../frameworks/national-framework';
import { ERA_WORDS, eraOfCode } from '../../indicators/catalogue/eras';
import { classifyRecommendation } from './classify';
import { type LocalMeasure, type Topic, TOPICS } from './topics';

export interface BreakdownRecommendation {
  id: string;
  position: number;
  text: string;
  kind: RecommendationKind | null;
  timescale: Timescale | null;
  judgementAreaKey: string | null;
  /** The heading it was listed under ("Areas for priority action"), when the import kept it. */
  heading?: string | null;
}

export interface CatalogueEntry {
  code: string;
  title: string;
  /** An authority's own indicator rather than a national one. */
  local: boolean;
}

export interface ThemeLeadRef {
  /** An Every Child Matters outcome or a judgement area key. */
  theme: string;
  userId: string | null;
  leadName: string;
  partnerId: string | null;
}

export interface BreakdownInput {
  planStart: string;
  /** Keys of the inspection's own judgements: an action is linked to one of these where it can be. */
  judgementAreas: readonly string[];
  recommendations: readonly BreakdownRecommendation[];
  catalogue: readonly CatalogueEntry[];
  themeLeads: readonly ThemeLeadRef[];
  /**
   * The inspection's framework (frameworkForInspection gives it from the kind and dates). When it is
   * left out, it is read from the judgement areas: a JAR's areas make a JAR.
   */
  framework?: FrameworkKey | null;
  /** First day of fieldwork, else the publication date: picks the areas and labels in force then. */
  inspectedOn?: string | null;
  /** Normalised grade by judgement key: an inadequate area shortens the monitoring rhythm. */
  judgementGrades?: Readonly<Record<string, GradeKey | null>>;
}

export type ReasonAbout =
  'kind' | 'split' | 'judgement_area' | 'ecm_outcome' | 'national_framework' | 'indicator' | 'owner' | 'dates';

export interface Reason {
  about: ReasonAbout;
  text: string;
}

export interface ProposedIndicator {
  code: string;
  title: string;
}

export interface ProposedLocalIndicator extends LocalMeasure {
  /** Set when the clerk has chosen a code; a proposal leaves it for the clerk. */
  code: string | null;
}

export type ProposalFlag = 'owner_unassigned' | 'indicator_to_define';

export interface ProposedMilestone {
  title: string;
  dueDate: string;
}

export interface ProposedAction {
  reference: string;
  recommendationId: string;
  title: string;
  description: string | null;
  kind: RecommendationKind;
  judgementAreaKey: string | null;
  /** The area's label in the inspection's own framework. */
  judgementAreaLabel?: string | null;
  ecmOutcome: EcmOutcome | null;
  /** The national framework outcome, enabler or principle the report tagged the recommendation with. */
  nationalFramework?: { key: string; words: string } | null;
  ownerId: string | null;
  leadPartnerId: string | null;
  startDate: string;
  dueDate: string;
  milestones: ProposedMilestone[];
  indicators: ProposedIndicator[];
  localIndicator: ProposedLocalIndicator | null;
  flags: ProposalFlag[];
  reasons: Reason[];
}

export interface ProposalFramework {
  key: FrameworkKey | null;
  /** The framework's name and years, or null when none is known. */
  name: string | null;
  reason: string;
  indicatorEra: IndicatorEra;
}

export interface PlanProposal {
  /** The framework the proposal followed, and why; absent only in proposals made before frameworks. */
  framework?: ProposalFramework;
  actions: ProposedAction[];
}

/** Months from the plan's start for each timescale a report gives; `none` is the JAR's year, kept for callers. */
export const TIMESCALE_MONTHS: Record<Timescale | 'none', number> = {
  immediate: 3,
  within_three_months: 3,
  within_six_months: 6,
  longer_term: 18,
  none: 12,
};

export const TIMESCALE_WORDS: Record<Timescale, string> = {
  immediate: 'for immediate action',
  within_three_months: 'within three months',
  within_six_months: 'within six months',
  longer_term: 'longer term',
};

/** The National Indicator Set ended in March 2011: a plan of unknown framework starting later uses today's catalogue. */
const NI_2008_ENDED = '2011-04-01';

interface TopicMatch {
  topic: Topic;
  index: number;
  end: number;
  words: string;
}

/** What the breakdown knows of the inspection, worked out once for all its recommendations. */
interface Context {
  framework: Framework | null;
  era: IndicatorEra;
  /** The areas actions may be filed under: this inspection's own, in the framework's keys. */
  areas: ReadonlySet<string>;
  label: (key: string) => string;
  /** Some graded area is inadequate: the framework monitors more often. */
  inadequate: boolean;
  catalogue: readonly CatalogueEntry[];
}

function topicsIn(text: string): TopicMatch[] {
  const matches: TopicMatch[] = [];
  for (const topic of TOPICS) {
    const found = topic.words.exec(text);
    if (found) matches.push({ topic, index: found.index, end: found.index + found[0].length, words: found[0] });
  }
  return matches;
}

function measureOf(topic: Topic, era: IndicatorEra): string | null {
  const codes = topic.indicators[era];
  if (codes.length) return codes.join('+');
  return topic.localMeasure ? `local:${topic.localMeasure.title}` : null;
}

/**
 * The parts a recommendation splits into: measured topics, in the order the text names them,
 * joined one to the next by a comma or "and" within a few words, with different measures.
 */
function splitParts(matches: TopicMatch[], text: string, era: IndicatorEra): TopicMatch[] {
  const measured = matches.filter((match) => measureOf(match.topic, era)).sort((a, b) => a.index - b.index);
  const distinct: TopicMatch[] = [];
  for (const match of measured) {
    if (!distinct.some((kept) => measureOf(kept.topic, era) === measureOf(match.topic, era))) distinct.push(match);
  }
  if (distinct.length < 2) return [];
  for (let i = 1; i < distinct.length; i++) {
    const between = text.slice(distinct[i - 1].end, distinct[i].index);
    if (between.length > 40 || !/,|\band\b|&/.test(between)) return [];
  }
  return distinct;
}

function actionTitleOf(text: string): string {
  const trimmed = text.trim().replace(/[\s.;:,]+$/, '');
  const title = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return title.length > 500 ? `${title.slice(0, 497).trimEnd()}…` : title;
}

function contextOf(input: BreakdownInput): { context: Context; framework: ProposalFramework } {
  const given = input.framework ?? null;
  const key = given ?? frameworkFromAreas(input.judgementAreas);
  const framework = key ? FRAMEWORKS[key] : null;
  const on = input.inspectedOn ?? null;
  const era: IndicatorEra =
    framework?.indicatorEra ?? (input.planStart < NI_2008_ENDED ? 'ni_2008' : 'childrens_social_care');
  const reason = !framework
    ? `No framework is known for this inspection, so its own judgement areas are used as published, with ${ERA_WORDS[era]} for a plan starting on ${govukDate(input.planStart)}.`
    : given
      ? `${framework.name} (${framework.years}): the inspection's framework.`
      : `${framework.name} (${framework.years}): read from the inspection's judgement areas.`;

  const areas = new Set<string>();
  let inadequate = false;
  for (const stored of input.judgementAreas) {
    const mapped = framework ? frameworkAreaKey(framework.key, stored, on) : stored;
    const own = mapped ?? (framework?.keepsUnlistedAreas ? stored : null);
    if (!own) continue;
    const area = framework?.areas.find((candidate) => candidate.key === own);
    if (!area || area.theme) areas.add(own);
    if (input.judgementGrades?.[stored] === 'inadequate') inadequate = true;
  }
  // A visit grades nothing, and a clerk may not have recorded the grades: the framework's areas stand in.
  if (!areas.size && framework) {
    for (const area of areasOf(framework.key, on)) if (area.theme) areas.add(area.key);
  }
  const label = (area: string) => (framework ? frameworkAreaLabel(framework.key, area, on) : areaLabel(area));
  const catalogue = input.catalogue.filter((entry) => {
    const entryEra = eraOfCode(entry.code);
    return entryEra ? entryEra === era : entry.local;
  });
  return {
    context: { framework, era, areas, label, inadequate, catalogue },
    framework: {
      key: framework?.key ?? null,
      name: framework ? `${framework.name} (${framework.years})` : null,
      reason,
      indicatorEra: era,
    },
  };
}

function frameworkName(context: Context): string {
  return context.framework ? context.framework.name : 'this inspection';
}

function chooseArea(
  recommendation: BreakdownRecommendation,
  topics: TopicMatch[],
  context: Context,
): { key: string | null; reason: string } {
  if (recommendation.judgementAreaKey) {
    const key =
      (context.framework && frameworkAreaKey(context.framework.key, recommendation.judgementAreaKey)) ??
      recommendation.judgementAreaKey;
    return {
      key,
      reason: `Judgement area ${context.label(key)}: the inspection links the recommendation to it.`,
    };
  }
  for (const match of topics) {
    // An APA judged the five outcomes themselves, so a topic's outcome can be its area.
    const candidates = match.topic.ecmOutcome ? [...match.topic.areas, match.topic.ecmOutcome] : match.topic.areas;
    const area = candidates.find((candidate) => context.areas.has(candidate));
    if (area) {
      return {
        key: area,
        reason: `Judgement area ${context.label(area)}: "${match.words}" belongs to it, and this inspection judged it.`,
      };
    }
  }
  return { key: null, reason: 'No judgement area: the wording names none of the areas this inspection judged.' };
}

function chooseOutcome(topics: TopicMatch[], context: Context): { key: EcmOutcome | null; reason: string } {
  const scheme = context.framework?.outcomes.scheme ?? null;
  if (scheme !== 'every_child_matters') {
    return {
      key: null,
      reason: `No Every Child Matters outcome: the ${frameworkName(context)} does not use them (they were the JAR and APA's, retired in 2010).`,
    };
  }
  const match = topics.find((candidate) => candidate.topic.ecmOutcome);
  if (!match?.topic.ecmOutcome) {
    return { key: null, reason: 'No Every Child Matters outcome: the wording is about how services are run.' };
  }
  return {
    key: match.topic.ecmOutcome,
    reason: `Every Child Matters outcome ${ECM_OUTCOMES[match.topic.ecmOutcome]}: "${match.words}".`,
  };
}

function chooseNationalFramework(
  text: string,
  context: Context,
): { tag: NationalFrameworkItem | null; reason: string | null } {
  if (context.framework?.outcomes.scheme !== 'national_framework') return { tag: null, reason: null };
  const tag = nationalFrameworkTagOf(text);
  if (!tag) return { tag: null, reason: null };
  return { tag, reason: `${nationalFrameworkWords(tag)}: the report tags the recommendation with it.` };
}

function chooseOwner(
  themeLeads: readonly ThemeLeadRef[],
  themes: readonly { key: string; label: string }[],
): { ownerId: string | null; partnerId: string | null; reason: string; unassigned: boolean } {
  for (const theme of themes) {
    const lead = themeLeads.find((candidate) => candidate.theme === theme.key);
    if (!lead) continue;
    if (!lead.userId) {
      return {
        ownerId: null,
        partnerId: lead.partnerId,
        unassigned: true,
        reason: `Owner unassigned: ${lead.leadName}, theme lead for ${theme.label}, has no account to own actions.`,
      };
    }
    return {
      ownerId: lead.userId,
      partnerId: lead.partnerId,
      unassigned: false,
      reason: `Owner ${lead.leadName}: theme lead for ${theme.label}.`,
    };
  }
  return {
    ownerId: null,
    partnerId: null,
    unassigned: true,
    reason: themes.length
      ? `Owner unassigned: no theme lead is recorded for ${themes.map((theme) => theme.label).join(' or ')}.`
      : 'Owner unassigned: the action has no theme to find a lead for.',
  };
}

function chooseIndicators(
  kind: RecommendationKind,
  topics: TopicMatch[],
  context: Context,
  title: string,
): { indicators: ProposedIndicator[]; local: ProposedLocalIndicator | null; reasons: string[] } {
  const reasons: string[] = [];
  const from = `from ${ERA_WORDS[context.era]}, the catalogue of this inspection's era`;
  for (const match of topics) {
    const found = match.topic.indicators[context.era]
      .map((code) => context.catalogue.find((entry) => entry.code.toLowerCase() === code.toLowerCase()))
      .filter((entry): entry is CatalogueEntry => Boolean(entry));
    // NI 103a and NI 103 are the same measure: suggest the most specific the catalogue holds.
    const chosen = found.filter((entry, i) => !found.slice(0, i).some((kept) => entry.code.startsWith(kept.code)));
    if (chosen.length) {
      reasons.push(...chosen.map((entry) => `"${match.words}" → ${entry.code} ${entry.title}, ${from}.`));
      return { indicators: chosen.map(({ code, title: name }) => ({ code, title: name })), local: null, reasons };
    }
    const measure = match.topic.localMeasure;
    if (measure) {
      const existing = context.catalogue.find(
        (entry) => entry.local && entry.title.toLowerCase() === measure.title.toLowerCase(),
      );
      if (existing) {
        reasons.push(`"${match.words}" → the authority's own ${existing.code} ${existing.title}.`);
        return { indicators: [{ code: existing.code, title: existing.title }], local: null, reasons };
      }
      reasons.push(`"${match.words}": no catalogue indicator measures it, so a local indicator is proposed.`);
      return { indicators: [], local: { ...measure, code: null }, reasons };
    }
  }
  if (kind === 'process') {
    return { indicators: [], local: null, reasons: ['No indicator: a process action is evidenced by its milestones.'] };
  }
  reasons.push('No catalogue indicator matches the wording, so a local indicator is proposed for the clerk to define.');
  return {
    indicators: [],
    local: {
      code: null,
      title: `Measure of: ${title}`,
      unit: 'number',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
    reasons,
  };
}

/** The timescale the report gives: the import's, else the heading's or the sentence's own words. */
function timescaleOf(recommendation: BreakdownRecommendation): { timescale: Timescale; source: string } | null {
  if (recommendation.timescale) return { timescale: recommendation.timescale, source: 'as the report asks' };
  const heading = recommendation.heading ?? '';
  if (/\bpriority\b|\bimmediate(?:ly)?\b/i.test(heading)) {
    return { timescale: 'immediate', source: `listed under "${heading.trim()}"` };
  }
  const text = recommendation.text;
  const said = (timescale: Timescale, words: RegExp) => {
    const found = words.exec(text);
    return found ? { timescale, source: `the report says "${found[0]}"` } : null;
  };
  return (
    said('immediate', /\bimmediate(?:ly)?\b/i) ??
    said('within_three_months', /\bwithin (?:the next )?(?:three|3) months\b/i) ??
    said('within_six_months', /\bwithin (?:the next )?(?:six|6) months\b/i) ??
    said('longer_term', /\blonger[- ]term\b/i)
  );
}

function dueDateOf(
  recommendation: BreakdownRecommendation,
  planStart: string,
  context: Context,
): { dueDate: string; reason: string } {
  const given = timescaleOf(recommendation);
  if (given) {
    const months = TIMESCALE_MONTHS[given.timescale];
    const dueDate = endOfMonthsFrom(planStart, months);
    return {
      dueDate,
      reason: `Due ${govukDate(dueDate)}: ${months} months from the plan's start (${TIMESCALE_WORDS[given.timescale]}, ${given.source}), with a milestone at each quarter end.`,
    };
  }
  const rhythm = context.framework?.rhythm;
  const paced = rhythm && context.inadequate && rhythm.whenInadequate ? rhythm.whenInadequate : rhythm;
  const months = paced?.months ?? TIMESCALE_MONTHS.none;
  const why = paced?.words ?? 'no timescale given and no framework known, so within a year';
  const dueDate = endOfMonthsFrom(planStart, months);
  return {
    dueDate,
    reason: `Due ${govukDate(dueDate)}: ${months} months from the plan's start (${why}), with a milestone at each quarter end.`,
  };
}

function milestonesFor(start: string, due: string): ProposedMilestone[] {
  const ends = quarterEndsWithin(start, due);
  if (!ends.includes(due)) ends.push(due);
  return ends.map((dueDate, i) => ({
    dueDate,
    title:
      i === ends.length - 1
        ? 'Complete, with evidence of impact reported to the board'
        : i === 0
          ? 'Delivery plan agreed with the lead partner'
          : `Progress reviewed at the end of ${financialQuarterOf(dueDate).label}`,
  }));
}

export function breakDown(input: BreakdownInput): PlanProposal {
  const { context, framework } = contextOf(input);
  const actions: ProposedAction[] = [];
  const counters: Record<RecommendationKind, number> = { outcome: 0, process: 0 };
  const recommendations = [...input.recommendations].sort((a, b) => a.position - b.position);

  for (const recommendation of recommendations) {
    const classification = recommendation.kind
      ? { kind: recommendation.kind, reason: `Kept as ${recommendation.kind}: the source lists it as such.` }
      : classifyRecommendation(recommendation.text);
    const kind = classification.kind;
    const number = ++counters[kind];
    const base = `${kind === 'outcome' ? 'O' : 'P'}${number}`;
    const topics = topicsIn(recommendation.text);
    const parts = splitParts(topics, recommendation.text, context.era);
    const dates = dueDateOf(recommendation, input.planStart, context);
    const national = chooseNationalFramework(recommendation.text, context);

    const units = parts.length
      ? parts.map((part, i) => ({
          reference: `${base}.${i + 1}`,
          title: part.topic.actionTitle,
          description: recommendation.text.trim(),
          topics: [part, ...topics.filter((other) => other !== part && !measureOf(other.topic, context.era))],
          split: `Split from a compound recommendation: "${part.words}" is measured separately from its other ${parts.length - 1} part${parts.length > 2 ? 's' : ''}.`,
        }))
      : [{ reference: base, title: actionTitleOf(recommendation.text), description: null, topics, split: null }];

    for (const unit of units) {
      const area = chooseArea(recommendation, unit.topics, context);
      const outcome = chooseOutcome(unit.topics, context);
      const themes = [
        ...(area.key ? [{ key: area.key, label: context.label(area.key) }] : []),
        ...(outcome.key ? [{ key: outcome.key, label: ECM_OUTCOMES[outcome.key] }] : []),
        ...(national.tag
          ? [{ key: nationalFrameworkKey(national.tag), label: nationalFrameworkWords(national.tag) }]
          : []),
      ];
      const owner = chooseOwner(input.themeLeads, themes);
      const measures = chooseIndicators(kind, unit.topics, context, unit.title);
      const reasons: Reason[] = [{ about: 'kind', text: classification.reason }];
      if (unit.split) reasons.push({ about: 'split', text: unit.split });
      reasons.push({ about: 'judgement_area', text: area.reason }, { about: 'ecm_outcome', text: outcome.reason });
      if (national.reason) reasons.push({ about: 'national_framework', text: national.reason });
      reasons.push(
        ...measures.reasons.map((text) => ({ about: 'indicator' as const, text })),
        { about: 'owner', text: owner.reason },
        { about: 'dates', text: dates.reason },
      );
      const flags: ProposalFlag[] = [];
      if (owner.unassigned) flags.push('owner_unassigned');
      if (measures.local) flags.push('indicator_to_define');
      actions.push({
        reference: unit.reference,
        recommendationId: recommendation.id,
        title: unit.title,
        description: unit.description,
        kind,
        judgementAreaKey: area.key,
        judgementAreaLabel: area.key ? context.label(area.key) : null,
        ecmOutcome: outcome.key,
        nationalFramework: national.tag
          ? { key: nationalFrameworkKey(national.tag), words: nationalFrameworkWords(national.tag) }
          : null,
        ownerId: owner.ownerId,
        leadPartnerId: owner.partnerId,
        startDate: input.planStart,
        dueDate: dates.dueDate,
        milestones: milestonesFor(input.planStart, dates.dueDate),
        indicators: measures.indicators,
        localIndicator: measures.local,
        flags,
        reasons,
      });
    }
  }
  return { framework, actions };
}
