/**
 * Breakdown: a confirmed inspection's recommendations → proposed improvement actions, each
 * suggestion with the reason it was made. Pure and deterministic: the same input always gives the
 * same proposal, and nothing here reads a clock, a database or a file.
 *
 * The rules (DESIGN.md, "Turning an inspection into a plan"):
 * - kind: the source's own when it gives one, else classified from the wording (classify.ts);
 * - split: a compound recommendation whose coordinated parts ("obesity, breastfeeding and … infant
 *   mortality") are evidenced by different measures becomes one action per part; parts sharing a
 *   measure, and topics merely mentioned in passing, keep the recommendation whole;
 * - judgement area and Every Child Matters outcome from the recommendation's topics (topics.ts);
 * - indicators from the catalogue, else a local indicator for the clerk to define (outcome actions
 *   always get one; process actions only where a measure fits);
 * - owner: the theme lead for the area, else for the outcome; unassigned and flagged otherwise;
 * - dates: start at the plan's start, due after the timescale's months, quarterly milestones.
 */
import {
  ECM_OUTCOMES,
  areaLabel,
  type EcmOutcome,
  type RecommendationKind,
  type Timescale,
} from '../../domain/vocabulary';
import { endOfMonthsFrom, financialQuarterOf, quarterEndsWithin, britishDate } from '../../domain/periods';
import { classifyRecommendation } from './classify';
import { type LocalMeasure, type Topic, TOPICS } from './topics';

export interface BreakdownRecommendation {
  id: string;
  position: number;
  text: string;
  kind: RecommendationKind | null;
  timescale: Timescale | null;
  judgementAreaKey: string | null;
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
}

export type ReasonAbout = 'kind' | 'split' | 'judgement_area' | 'ecm_outcome' | 'indicator' | 'owner' | 'dates';

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
  ecmOutcome: EcmOutcome | null;
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

export interface PlanProposal {
  actions: ProposedAction[];
}

export const TIMESCALE_MONTHS: Record<Timescale | 'none', number> = {
  immediate: 3,
  within_three_months: 3,
  within_six_months: 6,
  longer_term: 18,
  none: 12,
};

export const TIMESCALE_WORDS: Record<Timescale | 'none', string> = {
  immediate: 'for immediate action',
  within_three_months: 'within three months',
  within_six_months: 'within six months',
  longer_term: 'longer term',
  none: 'no timescale given',
};

interface TopicMatch {
  topic: Topic;
  index: number;
  end: number;
  words: string;
}

function themeLabel(theme: string): string {
  return (ECM_OUTCOMES as Record<string, string>)[theme] ?? areaLabel(theme);
}

function topicsIn(text: string): TopicMatch[] {
  const matches: TopicMatch[] = [];
  for (const topic of TOPICS) {
    const found = topic.words.exec(text);
    if (found) matches.push({ topic, index: found.index, end: found.index + found[0].length, words: found[0] });
  }
  return matches;
}

function measureOf(topic: Topic): string | null {
  if (topic.indicators.length) return topic.indicators.join('+');
  return topic.localMeasure ? `local:${topic.localMeasure.title}` : null;
}

/**
 * The parts a recommendation splits into: measured topics, in the order the text names them,
 * joined one to the next by a comma or "and" within a few words, with different measures.
 */
function splitParts(matches: TopicMatch[], text: string): TopicMatch[] {
  const measured = matches.filter((match) => measureOf(match.topic)).sort((a, b) => a.index - b.index);
  const distinct: TopicMatch[] = [];
  for (const match of measured) {
    if (!distinct.some((kept) => measureOf(kept.topic) === measureOf(match.topic))) distinct.push(match);
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

function chooseArea(
  recommendation: BreakdownRecommendation,
  topics: TopicMatch[],
  judgementAreas: readonly string[],
): { key: string | null; reason: string } {
  if (recommendation.judgementAreaKey) {
    return {
      key: recommendation.judgementAreaKey,
      reason: `Judgement area ${areaLabel(recommendation.judgementAreaKey)}: the inspection links the recommendation to it.`,
    };
  }
  for (const match of topics) {
    const area = match.topic.areas.find((candidate) => judgementAreas.includes(candidate));
    if (area) {
      return {
        key: area,
        reason: `Judgement area ${areaLabel(area)}: "${match.words}" belongs to it, and this inspection judged it.`,
      };
    }
  }
  return { key: null, reason: 'No judgement area: the wording names none of the areas this inspection judged.' };
}

function chooseOutcome(topics: TopicMatch[]): { key: EcmOutcome | null; reason: string } {
  const match = topics.find((candidate) => candidate.topic.ecmOutcome);
  if (!match?.topic.ecmOutcome) {
    return { key: null, reason: 'No Every Child Matters outcome: the wording is about how services are run.' };
  }
  return {
    key: match.topic.ecmOutcome,
    reason: `Every Child Matters outcome ${ECM_OUTCOMES[match.topic.ecmOutcome]}: "${match.words}".`,
  };
}

function chooseOwner(
  themeLeads: readonly ThemeLeadRef[],
  area: string | null,
  outcome: EcmOutcome | null,
): { ownerId: string | null; partnerId: string | null; reason: string; unassigned: boolean } {
  const themes = [area, outcome].filter((theme): theme is string => Boolean(theme));
  for (const theme of themes) {
    const lead = themeLeads.find((candidate) => candidate.theme === theme);
    if (!lead) continue;
    if (!lead.userId) {
      return {
        ownerId: null,
        partnerId: lead.partnerId,
        unassigned: true,
        reason: `Owner unassigned: ${lead.leadName}, theme lead for ${themeLabel(theme)}, has no account to own actions.`,
      };
    }
    return {
      ownerId: lead.userId,
      partnerId: lead.partnerId,
      unassigned: false,
      reason: `Owner ${lead.leadName}: theme lead for ${themeLabel(theme)}.`,
    };
  }
  return {
    ownerId: null,
    partnerId: null,
    unassigned: true,
    reason: themes.length
      ? `Owner unassigned: no theme lead is recorded for ${themes.map(themeLabel).join(' or ')}.`
      : 'Owner unassigned: the action has no theme to find a lead for.',
  };
}

function chooseIndicators(
  kind: RecommendationKind,
  topics: TopicMatch[],
  catalogue: readonly CatalogueEntry[],
  title: string,
): { indicators: ProposedIndicator[]; local: ProposedLocalIndicator | null; reasons: string[] } {
  const reasons: string[] = [];
  for (const match of topics) {
    const found = match.topic.indicators
      .map((code) => catalogue.find((entry) => entry.code.toLowerCase() === code.toLowerCase()))
      .filter((entry): entry is CatalogueEntry => Boolean(entry));
    // NI 103a and NI 103 are the same measure: suggest the most specific the catalogue holds.
    const chosen = found.filter((entry, i) => !found.slice(0, i).some((kept) => entry.code.startsWith(kept.code)));
    if (chosen.length) {
      reasons.push(...chosen.map((entry) => `"${match.words}" → ${entry.code} ${entry.title}.`));
      return { indicators: chosen.map(({ code, title: name }) => ({ code, title: name })), local: null, reasons };
    }
    const measure = match.topic.localMeasure;
    if (measure) {
      const existing = catalogue.find(
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
    const parts = splitParts(topics, recommendation.text);
    const timescale = recommendation.timescale ?? 'none';
    const dueDate = endOfMonthsFrom(input.planStart, TIMESCALE_MONTHS[timescale]);
    const dateReason = `Due ${britishDate(dueDate)}: ${TIMESCALE_MONTHS[timescale]} months from the plan's start (${TIMESCALE_WORDS[timescale]}), with a milestone at each quarter end.`;

    const units = parts.length
      ? parts.map((part, i) => ({
          reference: `${base}.${i + 1}`,
          title: part.topic.actionTitle,
          description: recommendation.text.trim(),
          topics: [part, ...topics.filter((other) => other !== part && !measureOf(other.topic))],
          split: `Split from a compound recommendation: "${part.words}" is measured separately from its other ${parts.length - 1} part${parts.length > 2 ? 's' : ''}.`,
        }))
      : [{ reference: base, title: actionTitleOf(recommendation.text), description: null, topics, split: null }];

    for (const unit of units) {
      const area = chooseArea(recommendation, unit.topics, input.judgementAreas);
      const outcome = chooseOutcome(unit.topics);
      const owner = chooseOwner(input.themeLeads, area.key, outcome.key);
      const measures = chooseIndicators(kind, unit.topics, input.catalogue, unit.title);
      const reasons: Reason[] = [{ about: 'kind', text: classification.reason }];
      if (unit.split) reasons.push({ about: 'split', text: unit.split });
      reasons.push(
        { about: 'judgement_area', text: area.reason },
        { about: 'ecm_outcome', text: outcome.reason },
        ...measures.reasons.map((text) => ({ about: 'indicator' as const, text })),
        { about: 'owner', text: owner.reason },
        { about: 'dates', text: dateReason },
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
        ecmOutcome: outcome.key,
        ownerId: owner.ownerId,
        leadPartnerId: owner.partnerId,
        startDate: input.planStart,
        dueDate,
        milestones: milestonesFor(input.planStart, dueDate),
        indicators: measures.indicators,
        localIndicator: measures.local,
        flags,
        reasons,
      });
    }
  }
  return { actions };
}
