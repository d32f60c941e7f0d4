/** The board paper's form, turned into the API's own request and checked with its rules, in the page's words. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, dateFrom, text, validateAs } from '../web/form-validation';
import { CreatePaperDto } from './papers.dto';

export const IMPLICATIONS = ['policy', 'financial', 'legal', 'equalities', 'risk', 'crimeAndDisorder'] as const;

const MESSAGES: Record<string, string> = {
  committee: 'Enter the committee, for example Executive Board',
  agendaItem: 'Enter the agenda item in up to 40 characters, or leave it blank',
  reportingOfficer: 'Enter the reporting officer, for example Strategic Director – Children & Young People',
  subject: 'Enter the subject of the paper',
  status: 'Choose whether the paper is public or exempt',
  exemptParagraph: 'Choose the paragraph of Schedule 12A that makes the paper exempt',
  houseStyle: 'Choose a house style',
  recommendations: 'Each recommendation must be up to 2,000 characters',
  portfolioHolder: 'Enter the portfolio holder in up to 200 characters, or leave it blank',
  contactOfficer: 'Enter the contact officer in up to 200 characters, or leave it blank',
  keyDecision: 'Choose whether the paper is a key decision',
  wards: 'Enter the wards affected in up to 500 characters, or leave it blank',
  backgroundPapers: 'Enter up to 30 background papers, one a line, each up to 500 characters',
  replacesId: 'Choose the paper to correct from the list of papers printed',
};

/** The paper form's controls, in the order of the page. */
export const PAPER_CONTROLS = [
  'committee',
  'meetingDate',
  'agendaItem',
  'reportingOfficer',
  'subject',
  'portfolioHolder',
  'contactOfficer',
  'keyDecision',
  'wards',
  'asOf',
  'status',
  'exemptParagraph',
  'houseStyle',
  'purpose',
  'recommendations',
  'nextSteps',
  'backgroundPapers',
  ...IMPLICATIONS.map((name) => `implications-${name}`),
];

/** The API's paper request from the form, and everything wrong with it: its dates first checked as dates. */
export async function paperFrom(form: Form): Promise<{ value: CreatePaperDto; errors: FormErrors }> {
  const { paper, errors } = paperRequest(form);
  const { errors: invalid } = await validateAs(CreatePaperDto, paper, MESSAGES);
  return { value: paper as unknown as CreatePaperDto, errors: { ...invalid, ...errors } };
}

/** The request: one recommendation and background paper a line, implications by name. */
function paperRequest(form: Form): { paper: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const meetingDate = dateFrom(form, 'meetingDate');
  if (meetingDate === null) errors.meetingDate = 'Enter the date of the meeting';
  else if (meetingDate === undefined)
    errors.meetingDate = 'The date of the meeting must be a real date, like 29 10 2009';
  const asOf = dateFrom(form, 'asOf');
  if (asOf === undefined) errors.asOf = 'The date the paper reports as at must be a real date, like 20 10 2009';
  const status = text(form, 'status');
  const paragraph = text(form, 'exemptParagraph');
  if (status === 'exempt' && !paragraph) errors.exemptParagraph = MESSAGES.exemptParagraph;
  const implications = Object.fromEntries(
    IMPLICATIONS.map((name) => [name, text(form, `implications-${name}`)]).filter(([, value]) => value),
  );
  const optional = (name: string) => (text(form, name) ? { [name]: text(form, name) } : {});
  const lines = (name: string) =>
    text(form, name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  return {
    paper: {
      committee: text(form, 'committee'),
      meetingDate: meetingDate ?? '',
      ...optional('agendaItem'),
      reportingOfficer: text(form, 'reportingOfficer'),
      subject: text(form, 'subject'),
      status: status || undefined,
      ...(paragraph ? { exemptParagraph: Number(paragraph) } : {}),
      ...optional('houseStyle'),
      ...(asOf ? { asOf } : {}),
      ...optional('purpose'),
      recommendations: lines('recommendations'),
      ...optional('nextSteps'),
      implications,
      ...optional('portfolioHolder'),
      ...optional('contactOfficer'),
      ...optional('wards'),
      // Yes or No; anything else is left for the validator to name.
      ...(text(form, 'keyDecision') ? { keyDecision: keyDecisionFrom(text(form, 'keyDecision')) } : {}),
      backgroundPapers: lines('backgroundPapers'),
      ...optional('replacesId'),
    },
    errors,
  };
}

function keyDecisionFrom(answer: string): boolean | string {
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  return answer;
}
