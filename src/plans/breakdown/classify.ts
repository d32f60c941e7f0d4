/**
 * Outcome or process, from the wording, when the source does not say. An outcome recommendation
 * asks for a measurable change in children's lives (fewer NEET, more breastfeeding, better
 * attendance); a process one asks for better arrangements, systems, planning, procedures,
 * capacity or recording. Each cue found is kept so the reason can quote it.
 */
import type { RecommendationKind } from '../../domain/vocabulary';

const OUTCOME_CUES: readonly RegExp[] = [
  /\b(?:reduce|increase|raise|lower|improve|narrow)\b[^.;]{0,30}?\b(?:numbers?|rates?|proportion|levels?|gap)\b/i,
  /\bnot in (?:education|employment|training)\b|\bNEET\b/i,
  /\b(?:attendance|attainment|achievement|educational outcomes|health outcomes|outcomes for (?:children|young people))\b/i,
  /\bobesity\b|\bbreast-?\s?feeding\b|\bmortality\b|\bconceptions?\b|\bteenage pregnanc/i,
  /\bregistered with a dentist\b|\bimmunis(?:ed|ations?)\b/i,
  /\b(?:permanent|suitable|settled) accommodation\b/i,
  /\bplaced out of (?:county|area|borough)\b/i,
];

const PROCESS_CUES: readonly RegExp[] = [
  /\barrangements?\b/i,
  /\bsystems?\b/i,
  /\bplanning\b|\bplans?\b/i,
  /\bprocedures?\b|\bprocess(?:es)?\b|\bprotocols?\b|\bguidance\b/i,
  /\bcapacity\b|\bworkforce\b|\bsupervision\b|\btraining\b/i,
  /\brecording\b|\brecords?\b|\bcase files?\b|\bdata\b|\bintelligence\b/i,
  /\bstrateg(?:y|ies|ic)\b|\bgovernance\b|\baccountability\b|\bscrutin(?:y|ise)\b/i,
  /\baudits?\b|\breviews?\b|\bassessments?\b|\bpanel\b|\bquality\b|\btimeliness\b|\bsufficiency\b/i,
  /\bapproach\b|\bprinciples\b|\bawareness\b|\blinks\b|\bengagement\b|\bconsultation\b|\bentitlements\b/i,
];

export interface Classification {
  kind: RecommendationKind;
  reason: string;
}

function cuesIn(text: string, cues: readonly RegExp[]): string[] {
  return cues.map((cue) => cue.exec(text)?.[0]).filter((found): found is string => Boolean(found));
}

/** Outcome cues weigh double: one clear measure of children's lives outweighs a mention of a plan. */
export function classifyRecommendation(text: string): Classification {
  const outcome = cuesIn(text, OUTCOME_CUES);
  const process = cuesIn(text, PROCESS_CUES);
  if (outcome.length * 2 > process.length) {
    return {
      kind: 'outcome',
      reason: `Classified as an outcome action: it asks for a measurable change for children ("${outcome[0]}").`,
    };
  }
  return {
    kind: 'process',
    reason: process.length
      ? `Classified as a process action: it asks for better arrangements ("${process.slice(0, 2).join('", "')}").`
      : 'Classified as a process action: it names no measurable change for children.',
  };
}
