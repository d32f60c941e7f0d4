/**
 * From an area as published ("Children in Care", "2.1 Adoption performance") to its key in the
 * framework's vocabulary (JUDGEMENT_AREAS); an area no vocabulary knows keeps a slug of its label.
 *
 * Two strengths of match. A label in a grade table or a heading names an area, so a distinctive
 * phrase is enough (`mapLabel`). The subject of a sentence is any noun phrase, so `mapSubject` also
 * asks that its words say nothing the area does not ("Health outcomes for looked after children are
 * inadequate" is about health, not about the whole of *Outcomes*).
 */
import { JUDGEMENT_AREAS, type InspectionKind } from '../../domain/vocabulary';

interface AreaRule {
  key: string;
  pattern: RegExp;
  /** Words a sentence's subject may use for this area beyond the common ones. */
  words: string;
}

const RULES: Partial<Record<InspectionKind, AreaRule[]>> = {
  JAR: [
    {
      key: 'capacity_to_improve',
      pattern: /\bcapacity (to|for) (improve|improvement|drive|secure|make)/,
      words: 'capacity improve improvement drive further',
    },
    { key: 'service_management', pattern: /\bservice management\b/, words: 'management' },
    { key: 'safeguarding', pattern: /\bsafeguard/, words: 'safeguarding need' },
    {
      key: 'looked_after_children',
      pattern: /\blooked after\b|\bchildren in care\b|\bcare leavers\b/,
      words: 'looked after care leavers',
    },
    {
      key: 'ldd',
      pattern: /learning difficult|disabilit|\bldd\b|special educational needs/,
      words: 'learning difficulties disabilities ldd special educational needs',
    },
    { key: 'health', pattern: /\bhealth\b/, words: 'health' },
    { key: 'youth_support', pattern: /\byouth\b/, words: 'youth support integrated provision' },
  ],
  LAC: [
    { key: 'overall_effectiveness', pattern: /\boverall effectiveness\b/, words: 'overall effectiveness looked after' },
    {
      key: 'capacity_to_improve',
      pattern: /\bcapacity (to|for) (improve|improvement)/,
      words: 'capacity improve improvement',
    },
    { key: 'quality_of_provision', pattern: /\bquality of provision\b/, words: 'quality provision' },
    { key: 'leadership_and_management', pattern: /\bleadership\b/, words: 'leadership management' },
    { key: 'outcomes', pattern: /^(overall )?outcomes\b/, words: 'overall outcomes looked after' },
  ],
  SIF: [
    {
      key: 'lscb',
      pattern: /\bsafeguarding children board\b|\blscb\b/,
      words: 'safeguarding board lscb effectiveness review',
    },
    { key: 'adoption', pattern: /\badoption\b/, words: 'adoption performance' },
    { key: 'care_leavers', pattern: /\bcare leavers\b/, words: 'experiences experience progress care leavers' },
    {
      key: 'children_looked_after',
      pattern: /\blooked after\b|\bpermanence\b|\bchildren in care\b/,
      words: 'experiences experience progress looked after achieving permanence care',
    },
    {
      key: 'help_and_protection',
      pattern: /\bhelp and protection\b/,
      words: 'experiences experience progress need help protection',
    },
    { key: 'leadership', pattern: /\bleadership\b/, words: 'leadership management governance' },
    { key: 'overall_effectiveness', pattern: /\boverall effectiveness\b/, words: 'overall effectiveness' },
  ],
  ILACS: [
    {
      key: 'help_and_protection',
      pattern: /\bhelp and protection\b/,
      words: 'experiences experience progress need help protection',
    },
    {
      key: 'children_in_care',
      pattern: /\bchildren in care\b|\blooked after\b/,
      words: 'experiences experience progress care leavers looked after',
    },
    // Graded on their own from 2023; before, "children in care and care leavers" was one judgement.
    { key: 'care_leavers', pattern: /\bcare leavers\b/, words: 'experiences experience progress care leavers' },
    {
      key: 'leadership',
      pattern: /\bimpact of leaders\b|\bleadership\b/,
      words: 'impact leaders leadership social work practice families',
    },
    { key: 'overall_effectiveness', pattern: /\boverall effectiveness\b/, words: 'overall effectiveness' },
  ],
  LSCB: [
    {
      key: 'lscb',
      pattern: /\bsafeguarding children['’]?s? board\b|\blscb\b/,
      words: 'safeguarding board lscb effectiveness review',
    },
  ],
};

/** Words any subject may carry without changing which area it names. */
const COMMON = new Set(
  (
    'the a of for and or to in on with by from who whose which that at as is are its their this these ' +
    'local services service provision children child young people person persons families family ' +
    'council authority authorities partners partnership area areas arrangements overall'
  ).split(' '),
);

function normalise(label: string): string {
  return label
    .toLowerCase()
    .replace(/^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[ivx]{1,5}\)|[a-z]\))\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function rulesFor(kind: InspectionKind): AreaRule[] {
  return RULES[kind] ?? [];
}

/** The vocabulary key an area label names in this framework, or null. */
export function mapLabel(label: string, kind: InspectionKind): string | null {
  const text = normalise(label);
  for (const rule of rulesFor(kind)) if (rule.pattern.test(text)) return rule.key;
  return null;
}

/** The vocabulary key a sentence's subject names, only when it names that area and nothing more. */
export function mapSubject(subject: string, kind: InspectionKind): string | null {
  const text = normalise(subject);
  if (/^(a|an|any|every|each|no)\b/.test(text)) return null;
  const key = mapLabel(text, kind);
  if (!key) return null;
  const rule = rulesFor(kind).find((candidate) => candidate.key === key)!;
  const allowed = new Set([...rule.words.split(' '), ...labelWords(kind, key)].map(stem));
  const content = text.split(' ').filter((word) => word && !COMMON.has(word));
  return content.every((word) => allowed.has(stem(word))) ? key : null;
}

function labelWords(kind: InspectionKind, key: string): string[] {
  const areas = (JUDGEMENT_AREAS as Record<string, Record<string, string>>)[kind];
  const label = areas?.[key];
  return label ? normalise(label).split(' ') : [];
}

/** Key for a published label: the vocabulary's when it knows the area, else a slug of the label. */
export function areaKey(label: string, kind: InspectionKind): string {
  return mapLabel(label, kind) ?? slug(label);
}

export function slug(label: string): string {
  const text = normalise(label)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (text || 'area').slice(0, 60).replace(/_+$/, '');
}

/** The five core JAR areas are scored; additional investigations are judged but not scored. */
const JAR_SCORED = new Set([
  'safeguarding',
  'looked_after_children',
  'ldd',
  'service_management',
  'capacity_to_improve',
]);

export function isScored(kind: InspectionKind, key: string): boolean {
  return kind !== 'JAR' || JAR_SCORED.has(key);
}
