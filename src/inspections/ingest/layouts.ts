/**
 * Which layout of its framework a report follows, and so which judgements it gives. A judgement the
 * layout gives but the draft lacks is a warning; a layout that gives none of a kind (no overall
 * effectiveness from April 2026, no grades at all on a visit) is said so in the draft instead.
 *
 * - SIF (2013–18): overall effectiveness and five areas; with the review of the Local Safeguarding
 *   Children Board bound in, the board's own judgement too.
 * - A review of a Local Safeguarding Children Board published on its own: the board's judgement.
 * - ILACS from 2018: overall effectiveness and three areas; from January 2023 care leavers are graded
 *   on their own (five); from April 2026 four judgements and no overall effectiveness.
 * - ILACS focused and monitoring visits: no graded judgements.
 * Other frameworks (JAR, APA, the 2012–13 looked-after-children inspection) vary too much between
 * reports to expect a fixed set.
 */
import { type InspectionKind, JUDGEMENT_AREAS } from '../../domain/vocabulary';
import { mapLabel } from './areas';
import type { DraftDates, DraftJudgement, DraftLayout, DraftWarning } from './inspection-draft';
import { words } from './text-lines';

const HEAD_LINES = 40;
/** The first fieldwork of the ILACS framework that grades care leavers on their own. */
const CARE_LEAVERS_FROM = '2023-01-01';
/** The first fieldwork of the ILACS layout without an overall effectiveness judgement. */
const NO_OVERALL_FROM = '2026-04-01';

const ILACS_CORE = ['overall_effectiveness', 'leadership', 'help_and_protection', 'children_in_care'];

export function findLayout(
  lines: string[],
  kind: InspectionKind,
  dates: DraftDates,
  judgements: DraftJudgement[],
): DraftLayout | null {
  const head = lines.slice(0, HEAD_LINES).map(words).join(' ');
  const found = new Set(judgements.map((judgement) => judgement.key));
  switch (kind) {
    case 'SIF': {
      const withBoard =
        found.has('lscb') ||
        /\breview of the effectiveness of the local safeguarding children['’]?s? board\b/i.test(head);
      return {
        name: withBoard
          ? 'Single inspection framework (2013–18), with the review of the Local Safeguarding Children Board'
          : 'Single inspection framework (2013–18)',
        judgements: [
          'overall_effectiveness',
          'help_and_protection',
          'children_looked_after',
          'adoption',
          'care_leavers',
          'leadership',
          ...(withBoard ? ['lscb'] : []),
        ],
        note: null,
      };
    }
    case 'LSCB':
      return { name: 'Review of a Local Safeguarding Children Board', judgements: ['lscb'], note: null };
    case 'FOCUSED':
      return { name: 'ILACS focused visit', judgements: [], note: 'A focused visit gives no graded judgements.' };
    case 'MONITORING':
      return { name: 'ILACS monitoring visit', judgements: [], note: 'A monitoring visit gives no graded judgements.' };
    case 'ILACS':
      return ilacsLayout(words(lines.find((line) => words(line)) ?? ''), dates, judgements, found);
    default:
      return null;
  }
}

/** `title`: the report's first line, which names a visit ("Focused visit to Bury local authority …"). */
function ilacsLayout(title: string, dates: DraftDates, judgements: DraftJudgement[], found: Set<string>): DraftLayout {
  const visit = /^(focused|monitoring) visit (?:to|of)\b/i.exec(title);
  if (visit) {
    return {
      name: `ILACS ${visit[1].toLowerCase()} visit`,
      judgements: [],
      note: `A ${visit[1].toLowerCase()} visit gives no graded judgements.`,
    };
  }
  const start = dates.inspection?.from ?? null;
  const tableRows = judgements.filter((judgement) => judgement.source === 'table').length;
  const noOverall =
    !found.has('overall_effectiveness') &&
    (start ? start >= NO_OVERALL_FROM : found.has('care_leavers') && tableRows >= 4);
  if (noOverall) {
    return {
      name: 'ILACS from April 2026',
      judgements: ILACS_CORE.filter((key) => key !== 'overall_effectiveness').concat('care_leavers'),
      note: 'Inspections from April 2026 give four judgements and no overall effectiveness judgement.',
    };
  }
  if (found.has('care_leavers') || (start !== null && start >= CARE_LEAVERS_FROM)) {
    return { name: 'ILACS 2023–26', judgements: [...ILACS_CORE, 'care_leavers'], note: null };
  }
  return { name: 'ILACS 2018–22', judgements: ILACS_CORE, note: null };
}

/**
 * A warning for each judgement the layout gives that the draft lacks, unless the report says the
 * area was not judged ("2.1 Adoption performance    Not judged").
 */
export function missingJudgements(
  lines: string[],
  layout: DraftLayout,
  kind: InspectionKind,
  judgements: DraftJudgement[],
): DraftWarning[] {
  const found = new Set(judgements.map((judgement) => judgement.key));
  for (const line of lines.slice(0, HEAD_LINES)) {
    const notJudged = /^(.{3,120}?)(?:\s{2,}|\t|:\s*)not (?:judged|graded|applicable)\.?$/i.exec(line.trim());
    const key = notJudged ? mapLabel(notJudged[1], kind) : null;
    if (key) found.add(key);
  }
  const labels = (JUDGEMENT_AREAS as Record<string, Record<string, string>>)[kind] ?? {};
  return layout.judgements
    .filter((key) => !found.has(key))
    .map((key) => ({
      line: null,
      text: '',
      reason: `No grade was found for "${labels[key] ?? key}", which reports of this layout (${layout.name}) give: check the report's judgements.`,
      code: 'missing_judgement' as const,
    }));
}
