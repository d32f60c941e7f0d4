import { areaLabel, ECM_OUTCOMES, JUDGEMENT_AREAS } from '../domain/vocabulary';

/** A theme in words: an Every Child Matters outcome's name, else the judgement area's label. */
export function themeLabel(theme: string): string {
  return (ECM_OUTCOMES as Record<string, string>)[theme] ?? areaLabel(theme);
}

export function isEcmOutcome(theme: string): boolean {
  return theme in ECM_OUTCOMES;
}

/** Every theme a lead can be named for: the five outcomes, then each framework's judgement areas once. */
export function themeChoices(): { value: string; text: string }[] {
  const areas = new Map<string, string>();
  for (const framework of Object.values(JUDGEMENT_AREAS)) {
    for (const [key, label] of Object.entries(framework)) if (!areas.has(key)) areas.set(key, label);
  }
  return [
    ...Object.entries(ECM_OUTCOMES).map(([value, text]) => ({ value, text: `${text} (Every Child Matters outcome)` })),
    ...[...areas].map(([value, text]) => ({ value, text: `${text} (judgement area)` })),
  ];
}
