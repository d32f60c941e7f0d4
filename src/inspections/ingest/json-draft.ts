/**
 * The documented JSON input: the draft's own shape without line numbers or warnings, for councils
 * that already hold an inspection as data. Validated strictly — an unknown field, a wrong type or an
 * impossible date is refused with a sentence that names the field.
 *
 * ```json
 * {
 *   "authority": { "name": "Halton" },
 *   "kind": "JAR",
 *   "dates": { "inspection": { "from": "2008-03-03", "to": "2008-03-14" }, "published": { "date": "2008-05-20" } },
 *   "judgements": [{ "key": "safeguarding", "label": "Safeguarding", "grade": { "published": "Outstanding" }, "scored": true }],
 *   "recommendations": [{ "text": "Further embed safeguarding principles", "kind": "process", "timescale": null, "addressee": null }]
 * }
 * ```
 * `key`, `grade.normalised`, `grade.level` and `scored` may be left out: they are then worked out as
 * for a parsed document. `lines` may be present (null or `[from, to]`) so that a draft can come back.
 */
import {
  GRADES,
  GRADE_KEYS,
  type GradeKey,
  INSPECTION_KINDS,
  type InspectionKind,
  RECOMMENDATION_KINDS,
  TIMESCALES,
} from '../../domain/vocabulary';
import { areaKey, isScored } from './areas';
import { defaultScale, gradeOfNumber, readGradeCell } from './grades';
import type { DraftDates, DraftJudgement, DraftRecommendation, InspectionDraft, LineSpan } from './inspection-draft';
import { isoDate } from './text-lines';

export type JsonDraftResult = { ok: true; draft: InspectionDraft } | { ok: false; message: string };

class Invalid extends Error {}

const MAX_ITEMS = 2000;

type Json = Record<string, unknown>;

function fail(message: string): never {
  throw new Invalid(message);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`"${path}" must be an object.`);
  return value as Json;
}

function onlyFields(value: Json, allowed: string[], path: string): void {
  for (const field of Object.keys(value)) {
    if (!allowed.includes(field)) {
      fail(`Unknown field "${path ? `${path}.` : ''}${field}". Allowed here: ${allowed.join(', ')}.`);
    }
  }
}

function text(value: unknown, path: string, maxLength = 2000): string {
  if (typeof value !== 'string' || !value.trim()) fail(`"${path}" must be a non-empty string.`);
  if (value.length > maxLength) fail(`"${path}" is longer than ${maxLength} characters.`);
  return value.trim();
}

function optionalText(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  return text(value, path);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, nullable: boolean): T | null {
  if ((value === undefined || value === null) && nullable) return null;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    fail(`"${path}" must be one of ${allowed.join(', ')}${nullable ? ' or null' : ''} (got ${JSON.stringify(value)}).`);
  }
  return value as T;
}

function date(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    fail(`"${path}" must be a date written YYYY-MM-DD.`);
  const [year, month, day] = value.split('-').map(Number);
  if (!isoDate(year, month, day)) fail(`"${path}" is not a real date (${value}).`);
  return value;
}

function lines(value: unknown, path: string): LineSpan | null {
  if (value === undefined || value === null) return null;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n) => Number.isInteger(n) && n >= 1) ||
    (value[0] as number) > (value[1] as number)
  ) {
    fail(`"${path}" must be null or [from, to] with 1 ≤ from ≤ to.`);
  }
  return [value[0] as number, value[1] as number];
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(`"${path}" must be an array.`);
  if (value.length > MAX_ITEMS) fail(`"${path}" has more than ${MAX_ITEMS} entries.`);
  return value;
}

function readDates(value: unknown): DraftDates {
  if (value === undefined || value === null) return {};
  const dates = object(value, 'dates');
  onlyFields(dates, ['inspection', 'published', 'paper'], 'dates');
  const out: DraftDates = {};
  if (dates.inspection !== undefined && dates.inspection !== null) {
    const inspection = object(dates.inspection, 'dates.inspection');
    onlyFields(inspection, ['from', 'to', 'lines'], 'dates.inspection');
    const from = date(inspection.from, 'dates.inspection.from');
    const to = date(inspection.to, 'dates.inspection.to');
    if (from > to) fail('"dates.inspection.from" is after "dates.inspection.to".');
    out.inspection = { from, to, lines: lines(inspection.lines, 'dates.inspection.lines') };
  }
  for (const name of ['published', 'paper'] as const) {
    if (dates[name] === undefined || dates[name] === null) continue;
    const entry = object(dates[name], `dates.${name}`);
    onlyFields(entry, ['date', 'lines'], `dates.${name}`);
    out[name] = { date: date(entry.date, `dates.${name}.date`), lines: lines(entry.lines, `dates.${name}.lines`) };
  }
  return out;
}

function readJudgement(value: unknown, index: number, kind: InspectionKind): DraftJudgement {
  const path = `judgements[${index}]`;
  const judgement = object(value, path);
  onlyFields(judgement, ['key', 'label', 'grade', 'scored', 'lines'], path);
  const label = text(judgement.label, `${path}.label`, 300);
  let key: string;
  if (judgement.key === undefined || judgement.key === null) {
    key = areaKey(label, kind);
  } else {
    key = text(judgement.key, `${path}.key`, 80);
    if (!/^[a-z0-9_]+$/.test(key)) fail(`"${path}.key" may hold only lower-case letters, digits and underscores.`);
  }
  const grade = object(judgement.grade, `${path}.grade`);
  onlyFields(grade, ['published', 'normalised', 'level'], `${path}.grade`);
  const published = text(grade.published, `${path}.grade.published`, 200);
  let normalised = oneOf(grade.normalised, GRADE_KEYS, `${path}.grade.normalised`, true) as GradeKey | null;
  if (!normalised) {
    const reading = readGradeCell(published);
    if (reading?.type === 'grade') normalised = reading.grade.normalised;
    if (reading?.type === 'number')
      normalised = gradeOfNumber(published, reading.number, defaultScale(kind))?.normalised ?? null;
    if (!normalised) {
      fail(
        `"${path}.grade.normalised" is missing and "${published}" is not a grade the import knows: give one of ${GRADE_KEYS.join(', ')}.`,
      );
    }
  }
  if (grade.level !== undefined && grade.level !== null && grade.level !== GRADES[normalised]) {
    fail(`"${path}.grade.level" must be ${GRADES[normalised]} for ${normalised} (got ${JSON.stringify(grade.level)}).`);
  }
  if (judgement.scored !== undefined && typeof judgement.scored !== 'boolean')
    fail(`"${path}.scored" must be true or false.`);
  return {
    key,
    label,
    grade: { published, normalised, level: GRADES[normalised] },
    scored: typeof judgement.scored === 'boolean' ? judgement.scored : isScored(kind, key),
    lines: lines(judgement.lines, `${path}.lines`),
    source: 'json',
  };
}

function priorityOf(value: unknown, path: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') fail(`"${path}" must be true or false.`);
  return value;
}

function readRecommendation(value: unknown, index: number): DraftRecommendation {
  const path = `recommendations[${index}]`;
  const recommendation = object(value, path);
  onlyFields(
    recommendation,
    ['text', 'kind', 'timescale', 'priorityAction', 'addressee', 'heading', 'theme', 'reference', 'lines'],
    path,
  );
  return {
    text: text(recommendation.text, `${path}.text`, 5000),
    kind: oneOf(recommendation.kind, RECOMMENDATION_KINDS, `${path}.kind`, true),
    timescale: oneOf(recommendation.timescale, TIMESCALES, `${path}.timescale`, true),
    ...(priorityOf(recommendation.priorityAction, `${path}.priorityAction`) ? { priorityAction: true } : {}),
    addressee: optionalText(recommendation.addressee, `${path}.addressee`),
    lines: lines(recommendation.lines, `${path}.lines`),
    heading: optionalText(recommendation.heading, `${path}.heading`),
    theme: optionalText(recommendation.theme, `${path}.theme`),
    reference: optionalText(recommendation.reference, `${path}.reference`),
  };
}

export function draftFromJson(source: string): JsonDraftResult {
  let value: unknown;
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `This JSON file could not be read: ${(error as Error).message}.` };
  }
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail('The JSON must be one object with "authority", "kind", "judgements" and "recommendations".');
    }
    const input = value as Json;
    onlyFields(input, ['authority', 'kind', 'dates', 'judgements', 'recommendations'], '');
    for (const required of ['authority', 'kind', 'judgements', 'recommendations']) {
      if (input[required] === undefined) fail(`Field "${required}" is missing.`);
    }
    const authority = object(input.authority, 'authority');
    onlyFields(authority, ['name', 'lines'], 'authority');
    const name = text(authority.name, 'authority.name', 200);
    const kind = oneOf(input.kind, INSPECTION_KINDS, 'kind', false) as InspectionKind;
    const judgements = array(input.judgements, 'judgements').map((entry, index) => readJudgement(entry, index, kind));
    const seen = new Map<string, number>();
    judgements.forEach((judgement, index) => {
      if (seen.has(judgement.key)) {
        fail(`"judgements[${index}].key" repeats "${judgement.key}" from judgements[${seen.get(judgement.key)}].`);
      }
      seen.set(judgement.key, index);
    });
    const recommendations = array(input.recommendations, 'recommendations').map(readRecommendation);
    return {
      ok: true,
      draft: {
        authority: { name, lines: lines(authority.lines, 'authority.lines') },
        kind,
        kindLines: null,
        dates: readDates(input.dates),
        judgements,
        recommendations,
        warnings: [],
        text: source,
      },
    };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, message: `This JSON is not a valid inspection: ${error.message}` };
    return { ok: false, message: 'This JSON is not a valid inspection.' };
  }
}
