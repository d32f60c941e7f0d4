/**
 * A plan's board papers page: the papers printed so far, and the form to print one, which starts
 * from the answers a clerk would otherwise type again.
 */
import { Permission, roleMay } from '../auth/policy';
import type { Role } from '../domain/vocabulary';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import type { Form } from '../web/admin-forms';
import { type DateParts, type FormErrors, datePartsFrom, errorList, text } from '../web/form-validation';
import type { BoardPaperEntity } from './board-paper.entity';
import { HOUSE_STYLE_LABELS, HOUSE_STYLES, type HouseStyle } from './paper-html';
import { IMPLICATIONS } from './papers.form';
import type { StoredPaper } from './papers.service';

/** What the page is asked to show: `form` is a refused form to show again, `null` when none was sent. */
export interface PapersPageState {
  printed?: string;
  created?: boolean;
  form: Form | null;
  committee?: string;
  corrects?: string;
  workbookAsOf?: DateParts;
  errors: FormErrors;
}

type Defaults = { committee: string; reportingOfficer: string };

/**
 * Where the form starts. A correction starts from every answer of the paper it corrects, and stays
 * one while the form is shown again. Otherwise the front sheet starts from the newest paper for
 * the same committee, on any of the council's plans (its `source`, found by the caller); the plan's
 * first paper for a committee the council never reported to starts from the council's usual
 * committee and officer.
 */
export function paperStart(history: readonly StoredPaper[], defaults: Defaults, state: PapersPageState) {
  const replaced = new Set(history.map(({ paper }) => paper.replacesId).filter(Boolean));
  const correctsId = state.form ? text(state.form, 'replacesId') : state.corrects;
  const corrected = history.find(({ paper }) => paper.id === correctsId && !replaced.has(paper.id)) ?? null;
  const last = history[0]?.paper;
  const committee =
    state.committee ||
    ((last?.inputs as Record<string, unknown> | undefined)?.committee as string) ||
    defaults.committee;
  return { corrected, committee };
}

export function papersPage(
  role: Role,
  plan: Pick<ImprovementPlanEntity, 'id' | 'reference' | 'title'>,
  history: readonly StoredPaper[],
  defaults: Defaults,
  start: ReturnType<typeof paperStart>,
  source: BoardPaperEntity | null,
  state: PapersPageState,
) {
  const { corrected, committee } = start;
  const replacedBy = new Map(
    history.filter(({ paper }) => paper.replacesId).map((item) => [item.paper.replacesId as string, item]),
  );
  const printed = history.find(({ paper }) => paper.id === state.printed);
  return {
    pageTitle: `Board papers: ${plan.reference}`,
    plan: { id: plan.id, reference: plan.reference, title: plan.title },
    // The same table the routes are guarded by, so a control is shown only where it would work.
    mayPrint: roleMay(role, Permission.ManagePlans),
    mayPostProgress: roleMay(role, Permission.PostProgress),
    created: state.created ?? false,
    printed: printed
      ? {
          id: printed.paper.id,
          committee: printed.meeting.committee,
          meetingDate: printed.meeting.meetingDate,
          hasDocx: printed.paper.docxSha256 !== null,
        }
      : null,
    committee,
    corrects: corrected
      ? {
          id: corrected.paper.id,
          committee: corrected.meeting.committee,
          meetingDate: corrected.meeting.meetingDate,
          generatedAt: corrected.paper.generatedAt,
        }
      : null,
    values: paperValues(history[0]?.paper, defaults, start, source, state.form),
    workbookAsOf: state.workbookAsOf ?? '',
    houseStyles: HOUSE_STYLES.map((style) => ({ value: style, text: HOUSE_STYLE_LABELS[style] ?? style })),
    anyExempt: history.some(({ paper }) => paper.status === 'exempt'),
    history: history.map(({ paper, meeting }) => ({
      id: paper.id,
      committee: meeting.committee,
      meetingDate: meeting.meetingDate,
      agendaItem: paper.agendaItem,
      subject: paper.subject,
      status: paper.status,
      exemptParagraph: paper.exemptParagraph,
      houseStyle: HOUSE_STYLE_LABELS[paper.houseStyle as HouseStyle]?.replace(/ \(.*$/, '') ?? paper.houseStyle,
      asOf: (paper.inputs as Record<string, unknown> | null)?.asOf ?? null,
      generatedAt: paper.generatedAt,
      printedBy: paper.generatedBy?.displayName ?? null,
      replaces: history.find((other) => other.paper.id === paper.replacesId)?.paper.generatedAt ?? null,
      replacedBy: replacedBy.get(paper.id)?.paper.generatedAt ?? null,
      hasDocx: paper.docxSha256 !== null,
    })),
    errors: state.errors,
    errorList: errorList(state.errors, ['meetingDate', 'asOf', 'workbookAsOf']),
  };
}

/** The form's answers: as sent, else the corrected paper's, else the newest paper's for the committee. */
function paperValues(
  last: BoardPaperEntity | undefined,
  defaults: Defaults,
  { corrected, committee }: ReturnType<typeof paperStart>,
  source: BoardPaperEntity | null,
  form: Form | null,
) {
  const answers = (source?.inputs ?? {}) as Record<string, unknown>;
  const answer = (name: string) => (typeof answers[name] === 'string' ? (answers[name] as string) : '');
  const lines = (name: string) => (Array.isArray(answers[name]) ? (answers[name] as string[]).join('\n') : '');
  const implication = (name: string) =>
    corrected ? ((((answers.implications ?? {}) as Record<string, unknown>)[name] as string | null) ?? '') : '';
  const value = (name: string, fallback: unknown = '') => (form ? text(form, name) : fallback);
  return {
    replacesId: corrected?.paper.id ?? '',
    committee: value('committee', source ? answer('committee') : committee),
    meetingDate: form ? datePartsFrom(form, 'meetingDate') : corrected ? corrected.meeting.meetingDate : '',
    agendaItem: value('agendaItem', corrected ? answer('agendaItem') : ''),
    reportingOfficer: value('reportingOfficer', answer('reportingOfficer') || defaults.reportingOfficer),
    subject: value('subject', corrected ? answer('subject') : (last?.subject ?? answer('subject'))),
    portfolioHolder: value('portfolioHolder', answer('portfolioHolder')),
    contactOfficer: value('contactOfficer', answer('contactOfficer')),
    keyDecision: value('keyDecision', answers.keyDecision === true ? 'yes' : 'no'),
    wards: value('wards', answer('wards')),
    backgroundPapers: value('backgroundPapers', lines('backgroundPapers')),
    asOf: form ? datePartsFrom(form, 'asOf') : corrected ? answer('asOf') : '',
    status: value('status', corrected ? answer('status') : 'public'),
    exemptParagraph: value('exemptParagraph', corrected ? String(answers.exemptParagraph ?? '') : ''),
    houseStyle: value('houseStyle', source?.houseStyle ?? last?.houseStyle ?? ''),
    purpose: value('purpose', corrected ? answer('purpose') : ''),
    recommendations: value('recommendations', corrected ? lines('recommendations') : 'the report be noted'),
    nextSteps: value('nextSteps', corrected ? answer('nextSteps') : ''),
    ...Object.fromEntries(
      IMPLICATIONS.map((name) => [`implications-${name}`, value(`implications-${name}`, implication(name))]),
    ),
  };
}
