import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UsersService } from '../users/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import {
  areaLabel,
  ECM_OUTCOMES,
  GRADE_KEYS,
  INSPECTION_KINDS,
  RECOMMENDATION_KINDS,
  TIMESCALES,
} from '../domain/vocabulary';
import type { ProposalFramework, ProposedAction } from '../plans/breakdown/breakdown';
import { CreatePlanDto } from '../plans/plan-input.dto';
import { PlansService } from '../plans/plans.service';
import { gradeWord, kindWord } from '../presentation/words';
import {
  type DateParts,
  dateFrom,
  datePartsFrom,
  errorList,
  type FormErrors,
  onControls,
  submitForm,
  text,
  validateAs,
} from '../web/form-validation';
import { renderCheck } from '../web/change-page';
import { pageContext } from '../web/page-context';
import type { DraftContent } from './draft-content';
import { UpdateDraftDto } from './drafts.dto';
import { DraftsService } from './drafts.service';
import type { InspectionDraftEntity } from './inspection-draft.entity';
import { MAX_UPLOAD_BYTES } from './ingest/inspection-draft';
import { InspectionsService } from './inspections.service';

type Form = Record<string, unknown>;

const KIND_LABELS: Record<string, string> = {
  JAR: 'Joint Area Review',
  APA: 'Annual performance assessment',
  LAC: 'Looked after children inspection',
  SIF: 'Single inspection framework',
  LSCB: 'Review of the Local Safeguarding Children Board',
  ILACS: 'Inspection of local authority children’s services (ILACS)',
  FOCUSED: 'Focused visit (ILACS)',
  MONITORING: 'Monitoring visit (ILACS)',
  OTHER: 'Other inspection',
};

const TIMESCALE_LABELS: Record<string, string> = {
  immediate: 'Immediate',
  within_three_months: 'Within three months',
  within_six_months: 'Within six months',
  longer_term: 'Longer term',
};

/** The words the correction form uses where the API's own would read oddly on a page. */
const DRAFT_MESSAGES: Record<string, string> = {
  title: 'Enter a title of up to 300 characters',
  inspectorate: 'Enter the inspectorate, up to 200 characters',
  authorityName: 'Enter the council the report is about',
  label: 'Enter the judgement area as published',
  gradePublished: 'Enter the grade as published',
  grade: 'Choose the grade',
  text: 'Enter the recommendation as published',
};

const PLAN_MESSAGES: Record<string, string> = {
  reference: 'Enter a reference of 2 to 40 capital letters, digits and dashes, like HALTON-JAR-2008',
  title: 'Enter a title of 3 to 500 characters',
  code: 'Enter indicator codes from the catalogue, separated by commas',
};

/**
 * Importing an inspection through the pages: upload a report, review the draft beside the text it
 * was read from, correct it, confirm it, then turn the breakdown's proposal into the plan. Each
 * step calls the service the API calls; drafts are stored, so a clerk can leave and come back.
 */
@ApiExcludeController()
@Controller('import')
export class ImportPageController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly inspections: InspectionsService,
    private readonly plans: PlansService,
    private readonly users: UsersService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.ManagePlans)
  async start(
    @CurrentCaller() caller: Caller,
    @Query('discarded') discarded: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderStart(caller, request, response, {}, discarded === '1');
  }

  /** Multipart: the CSRF token comes in the query string, as the guard reads it before the body. */
  @Post()
  @Policy(Permission.ManagePlans)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }))
  async upload(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'file', () => this.drafts.upload(caller, file));
    if (outcome.ok) return response.redirect(303, `/import/drafts/${outcome.saved.id}`);
    response.status(outcome.status);
    await this.renderStart(caller, request, response, { file: Object.values(outcome.errors)[0] });
  }

  @Get('drafts/:id')
  @Policy(Permission.ManagePlans)
  async review(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('saved') saved: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const draft = await this.drafts.get(caller, id);
    this.renderReview(request, response, draft, saved === '1', {});
  }

  @Get('drafts/:id/correct')
  @Policy(Permission.ManagePlans)
  async correctPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const draft = await this.drafts.get(caller, id);
    this.renderCorrect(request, response, draft, draftFormValues(draft.draft), {});
  }

  /** Saves the clerk's corrections; the lists on the form replace the draft's lists whole. */
  @Post('drafts/:id/correct')
  @Policy(Permission.ManagePlans)
  async correct(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const draft = await this.drafts.get(caller, id);
    const { changes, errors: dateErrors, onForm } = draftChangesFrom(form, draft.draft);
    const { errors: invalid } = await validateAs(UpdateDraftDto, changes, DRAFT_MESSAGES);
    const errors: FormErrors = {
      ...dateErrors,
      ...Object.fromEntries(Object.entries(invalid).map(([id, message]) => [onForm(id), message])),
    };
    const outcome = await submitForm(errors, 'title', () =>
      this.drafts.update(caller, id, changes as unknown as UpdateDraftDto),
    );
    if (outcome.ok) return response.redirect(303, `/import/drafts/${id}?saved=1`);
    response.status(outcome.status);
    const controls = draftControls(draft.draft);
    this.renderCorrect(request, response, draft, form, onControls(outcome.errors, controls, 'title'));
  }

  /** Stores the inspection; the draft goes, and the plan's breakdown comes next. */
  @Get('drafts/:id/discard')
  @Policy(Permission.ManagePlans)
  async discardPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const draft = await this.drafts.get(caller, id);
    renderCheck(this.csrf, request, response, {
      pageTitle: `Discard the draft: ${draft.fileName}`,
      caption: draft.fileName,
      heading: 'Discard this draft?',
      breadcrumbs: [{ text: 'Import an inspection', href: '/import' }],
      rows: [
        { key: 'Draft', value: draft.draft.title },
        { key: 'File', value: draft.fileName },
      ],
      warning: 'The draft and your corrections to it are removed. The report can be uploaded again.',
      action: `/import/drafts/${id}/discard`,
      button: 'Discard the draft',
      dangerous: true,
      backHref: `/import/drafts/${id}`,
    });
  }

  @Post('drafts/:id/discard')
  @Policy(Permission.ManagePlans)
  async discard(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.drafts.remove(caller, id);
    response.redirect(303, '/import?discarded=1');
  }

  @Post('drafts/:id/confirm')
  @Policy(Permission.ManagePlans)
  async confirm(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'confirm', () =>
      this.drafts.confirm(caller, id, Number(text(form, 'version'))),
    );
    if (outcome.ok) return response.redirect(303, `/import/inspections/${outcome.saved}/plan`);
    const draft = await this.drafts.get(caller, id);
    response.status(outcome.status);
    this.renderReview(request, response, draft, false, { confirm: Object.values(outcome.errors)[0] });
  }

  /** The breakdown's proposal for a confirmed inspection, for the clerk to edit into the plan. */
  @Get('inspections/:id/plan')
  @Policy(Permission.ManagePlans)
  async planPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const errors: FormErrors = {};
    let startDate = londonToday();
    const typed = dateFrom(query, 'startDate');
    if (typed) startDate = typed;
    else if (typed === undefined) errors.startDate = 'Enter the plan’s start date as a real date, like 1 10 2008';
    else if (typeof query.startDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(query.startDate)) {
      startDate = query.startDate;
    }
    const inspection = await this.inspections.get(caller, id);
    const proposal = await this.plans.preview(caller, { inspectionId: id, startDate });
    if (Object.keys(errors).length) response.status(400);
    await this.renderPlan(caller, request, response, {
      inspection,
      startDate,
      startDateParts: typed === undefined ? datePartsFrom(query, 'startDate') : startDate,
      actions: proposal.actions,
      framework: proposal.framework ?? null,
      form: null,
      errors,
    });
  }

  /** Creates the plan from the proposal as the clerk edited it; nothing is stored before this. */
  @Post('inspections/:id/plan')
  @Policy(Permission.ManagePlans)
  async createPlan(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const startDate = /^\d{4}-\d{2}-\d{2}$/.test(text(form, 'startDate')) ? text(form, 'startDate') : londonToday();
    const inspection = await this.inspections.get(caller, id);
    const proposal = await this.plans.preview(caller, { inspectionId: id, startDate });
    const { plan, errors: dateErrors } = planFrom(form, id, startDate, proposal.actions);
    const { errors: invalid } = await validateAs(CreatePlanDto, plan, PLAN_MESSAGES);
    const outcome = await submitForm({ ...dateErrors, ...invalid }, 'reference', () =>
      this.plans.create(caller, plan as unknown as CreatePlanDto),
    );
    if (outcome.ok) return response.redirect(303, `/plans/${outcome.saved}/papers?created=1`);
    response.status(outcome.status);
    await this.renderPlan(caller, request, response, {
      inspection,
      startDate,
      startDateParts: startDate,
      actions: proposal.actions,
      framework: proposal.framework ?? null,
      form,
      errors: onControls(outcome.errors, planControls(proposal.actions), 'reference'),
    });
  }

  private renderReview(
    request: Request,
    response: Response,
    draft: InspectionDraftEntity,
    saved: boolean,
    errors: FormErrors,
  ): void {
    response.render('pages/import-review.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Check the draft: ${draft.fileName}`,
      ...reviewModel(draft),
      saved,
      errors,
      errorList: errorList(errors),
    });
  }

  private async renderStart(
    caller: Caller,
    request: Request,
    response: Response,
    errors: FormErrors,
    discarded = false,
  ): Promise<void> {
    const drafts = await this.drafts.list(caller);
    const awaitingPlan = await this.inspections.withoutPlan(caller);
    const context = pageContext(this.csrf, request, response);
    response.render('pages/import.njk', {
      ...context,
      pageTitle: 'Import an inspection',
      uploadAction: `/import?_csrf=${encodeURIComponent(context.csrfToken)}`,
      drafts: drafts.map((draft) => ({
        id: draft.id,
        fileName: draft.fileName,
        title: draft.draft.title,
        createdAt: draft.createdAt,
      })),
      awaitingPlan,
      discarded,
      errors,
      errorList: errorList(errors),
    });
  }

  private renderCorrect(
    request: Request,
    response: Response,
    draft: InspectionDraftEntity,
    values: Form,
    errors: FormErrors,
  ): void {
    response.render('pages/import-correct.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Correct the draft: ${draft.fileName}`,
      draft: { id: draft.id, fileName: draft.fileName, version: draft.version },
      judgements: draft.draft.judgements.map((judgement, index) => ({ index, lines: judgement.lines })),
      recommendations: draft.draft.recommendations.map((recommendation, index) => ({
        index,
        lines: recommendation.lines,
      })),
      values,
      kinds: INSPECTION_KINDS.map((kind) => ({ value: kind, text: KIND_LABELS[kind] ?? kind })),
      grades: GRADE_KEYS.map((grade) => ({ value: grade, text: gradeWord(grade) })),
      recommendationKinds: [{ value: '', text: 'Not stated' }].concat(
        RECOMMENDATION_KINDS.map((kind) => ({ value: kind, text: kindWord(kind) })),
      ),
      timescales: [{ value: '', text: 'Not stated' }].concat(
        TIMESCALES.map((timescale) => ({ value: timescale, text: TIMESCALE_LABELS[timescale] })),
      ),
      errors,
      errorList: errorList(errors, ['fieldworkStart', 'fieldworkEnd', 'publishedOn']),
    });
  }

  private async renderPlan(
    caller: Caller,
    request: Request,
    response: Response,
    model: {
      inspection: { id: string; title: string; authority?: unknown };
      startDate: string;
      startDateParts: string | DateParts;
      actions: ProposedAction[];
      framework: ProposalFramework | null;
      form: Form | null;
      errors: FormErrors;
    },
  ): Promise<void> {
    // Only people who can report progress can own an action.
    const people = (await this.users.list(caller.authorityId)).filter(
      (user) => user.active && roleMay(user.role, Permission.PostProgress),
    );
    const form = model.form;
    const value = (name: string, proposed: string) => (form ? text(form, name) : proposed);
    response.render('pages/import-plan.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Create the improvement plan',
      inspection: model.inspection,
      framework: model.framework,
      startDate: model.startDate,
      startDateParts: model.startDateParts,
      reference: value('reference', ''),
      title: value('title', `Improvement plan: ${model.inspection.title}`.slice(0, 300)),
      owners: people.map((user) => ({ value: user.id, text: `${user.displayName} (${user.email})` })),
      actions: model.actions.map((action, index) => {
        const key = `actions-${index}`;
        return {
          index,
          reference: action.reference,
          kind: action.kind,
          area: action.judgementAreaLabel ?? (action.judgementAreaKey ? areaLabel(action.judgementAreaKey) : null),
          outcome: action.ecmOutcome ? ECM_OUTCOMES[action.ecmOutcome] : null,
          description: action.description,
          milestones: action.milestones,
          localIndicator: action.localIndicator,
          flags: action.flags,
          reasons: action.reasons,
          title: value(`${key}-title`, action.title),
          ownerId: value(`${key}-ownerId`, action.ownerId ?? ''),
          indicators: value(`${key}-indicators`, action.indicators.map((indicator) => indicator.code).join(', ')),
          proposedIndicators: action.indicators,
          localIndicatorCode: value(`${key}-localIndicator-code`, ''),
          dueDate: form ? datePartsFrom(form, `${key}-dueDate`) : action.dueDate,
        };
      }),
      errors: model.errors,
      errorList: errorList(
        model.errors,
        model.actions.map((_action, index) => `actions-${index}-dueDate`).concat('startDate'),
      ),
    });
  }
}

/** Each line of the source with the draft's items that were read from it, for the review page. */
export function sourceLines(draft: InspectionDraftEntity): {
  number: number;
  text: string;
  kind: string | null;
  starts: { id: string; label: string }[];
}[] {
  const lines = draft.extractedText.split(/\r?\n/).map((line, index) => ({
    number: index + 1,
    text: line,
    kind: null as string | null,
    starts: [] as { id: string; label: string }[],
  }));
  const mark = (span: [number, number] | null | undefined, kind: string, id: string, label: string) => {
    if (!span) return;
    const [from, to] = span;
    for (let number = from; number <= Math.min(to, lines.length); number++) lines[number - 1].kind ??= kind;
    lines[from - 1]?.starts.push({ id, label });
  };
  const content = draft.draft;
  mark(content.kindLines, 'metadata', 'item-kind', 'Kind of inspection');
  mark(content.authority.lines, 'metadata', 'item-authority', 'Council');
  mark(content.dates.inspection?.lines, 'metadata', 'item-fieldwork', 'Fieldwork dates');
  mark(content.dates.published?.lines, 'metadata', 'item-published', 'Published');
  content.judgements.forEach((judgement, index) =>
    mark(judgement.lines, 'judgement', `item-judgement-${index}`, `Judgement ${index + 1}: ${judgement.label}`),
  );
  content.recommendations.forEach((recommendation, index) =>
    mark(recommendation.lines, 'recommendation', `item-recommendation-${index}`, `Recommendation ${index + 1}`),
  );
  return lines;
}

function reviewModel(draft: InspectionDraftEntity): Record<string, unknown> {
  const content = draft.draft;
  return {
    draft: { id: draft.id, fileName: draft.fileName, version: draft.version, format: draft.format },
    content,
    kindLabel: KIND_LABELS[content.kind] ?? content.kind,
    judgements: content.judgements.map((judgement) => ({
      ...judgement,
      gradeLabel: gradeWord(judgement.grade.normalised),
    })),
    recommendations: content.recommendations.map((recommendation) => ({
      ...recommendation,
      kindLabel: recommendation.kind ? kindWord(recommendation.kind) : 'Not stated',
      timescaleLabel: recommendation.timescale ? TIMESCALE_LABELS[recommendation.timescale] : 'Not stated',
      priorityAction: recommendation.priorityAction ?? false,
    })),
    lines: sourceLines(draft),
  };
}

/** The correction form's fields, filled from the draft. */
function draftFormValues(content: DraftContent): Form {
  const values: Form = {
    title: content.title,
    inspectorate: content.inspectorate,
    authorityName: content.authority.name ?? '',
    kind: content.kind,
    fieldworkStart: content.dates.inspection?.from ?? '',
    fieldworkEnd: content.dates.inspection?.to ?? '',
    publishedOn: content.dates.published?.date ?? '',
  };
  content.judgements.forEach((judgement, index) => {
    values[`judgements-${index}-label`] = judgement.label;
    values[`judgements-${index}-gradePublished`] = judgement.grade.published;
    values[`judgements-${index}-grade`] = judgement.grade.normalised;
    values[`judgements-${index}-scored`] = judgement.scored ? 'yes' : '';
  });
  content.recommendations.forEach((recommendation, index) => {
    values[`recommendations-${index}-text`] = recommendation.text;
    values[`recommendations-${index}-kind`] = recommendation.kind ?? '';
    values[`recommendations-${index}-timescale`] = recommendation.timescale ?? '';
  });
  return values;
}

function draftControls(content: DraftContent): string[] {
  return [
    'title',
    'inspectorate',
    'authorityName',
    'kind',
    'fieldworkStart',
    'fieldworkEnd',
    'publishedOn',
    ...content.judgements.flatMap((_judgement, index) =>
      ['label', 'gradePublished', 'grade', 'scored'].map((field) => `judgements-${index}-${field}`),
    ),
    ...content.recommendations.flatMap((_recommendation, index) =>
      ['text', 'kind', 'timescale'].map((field) => `recommendations-${index}-${field}`),
    ),
    'recommendations-new-text',
  ];
}

/** The API's correction from the form: what the form does not show (keys, lines) is kept from the draft. */
function draftChangesFrom(
  form: Form,
  content: DraftContent,
): { changes: Record<string, unknown>; errors: FormErrors; onForm: (id: string) => string } {
  const errors: FormErrors = {};
  const date = (name: string, label: string) => {
    const value = dateFrom(form, name);
    if (value === undefined) errors[name] = `${label} must be a real date, like 27 3 2008`;
    return value ?? null;
  };
  /** The form's control prefix of each recommendation sent, as some may be removed and one added. */
  const sentFrom: string[] = [];
  const changes: Record<string, unknown> = {
    version: Number(text(form, 'version')),
    title: text(form, 'title'),
    inspectorate: text(form, 'inspectorate'),
    authorityName: text(form, 'authorityName'),
    kind: text(form, 'kind'),
    fieldworkStart: date('fieldworkStart', 'The first day of fieldwork'),
    fieldworkEnd: date('fieldworkEnd', 'The last day of fieldwork'),
    publishedOn: date('publishedOn', 'The publication date'),
    judgements: content.judgements.map((judgement, index) => {
      const key = `judgements-${index}`;
      return {
        key: judgement.key,
        label: text(form, `${key}-label`),
        gradePublished: text(form, `${key}-gradePublished`),
        grade: text(form, `${key}-grade`),
        scored: text(form, `${key}-scored`) === 'yes',
        summary: judgement.summary ?? null,
        lines: judgement.lines,
      };
    }),
    recommendations: content.recommendations.flatMap((recommendation, index) => {
      const key = `recommendations-${index}`;
      if (text(form, `${key}-remove`) === 'yes') return [];
      sentFrom.push(key);
      return [
        {
          text: text(form, `${key}-text`),
          kind: text(form, `${key}-kind`) || null,
          timescale: text(form, `${key}-timescale`) || null,
          priorityAction: recommendation.priorityAction ?? false,
          addressee: recommendation.addressee,
          judgementAreaKey: recommendation.judgementAreaKey ?? null,
          lines: recommendation.lines,
        },
      ];
    }),
  };
  const added = text(form, 'recommendations-new-text');
  if (added) {
    sentFrom.push('recommendations-new');
    (changes.recommendations as Record<string, unknown>[]).push({
      text: added,
      kind: text(form, 'recommendations-new-kind') || null,
      timescale: text(form, 'recommendations-new-timescale') || null,
      addressee: null,
      judgementAreaKey: null,
      lines: null,
    });
  }
  if (!changes.authorityName) delete changes.authorityName;
  if (changes.fieldworkStart === null && changes.fieldworkEnd !== null) {
    errors.fieldworkStart = 'Enter the first day of fieldwork too';
  }
  const onForm = (id: string) =>
    id.replace(/^recommendations-(\d+)(?=-|$)/, (whole, index: string) => sentFrom[Number(index)] ?? whole);
  return { changes, errors, onForm };
}

function planControls(actions: ProposedAction[]): string[] {
  return [
    'reference',
    'title',
    'startDate',
    ...actions.flatMap((_action, index) =>
      ['title', 'ownerId', 'indicators', 'localIndicator-code', 'dueDate'].map((field) => `actions-${index}-${field}`),
    ),
    'actions',
  ];
}

/** The plan the API would be sent: the breakdown's proposal with the clerk's edits laid over it. */
function planFrom(
  form: Form,
  inspectionId: string,
  startDate: string,
  proposed: ProposedAction[],
): { plan: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const actions = proposed.map((action, index) => {
    const key = `actions-${index}`;
    const dueDate = dateFrom(form, `${key}-dueDate`);
    if (dueDate === undefined || dueDate === null) {
      errors[`${key}-dueDate`] = `Enter a real due date for action ${action.reference}, like 31 3 2009`;
    } else if (dueDate < startDate) {
      errors[`${key}-dueDate`] = `The due date of action ${action.reference} must be on or after the plan’s start`;
    }
    const codes = text(form, `${key}-indicators`)
      .split(/[,;]/)
      .map((code) => code.trim())
      .filter(Boolean);
    const localCode = text(form, `${key}-localIndicator-code`);
    const ownerId = text(form, `${key}-ownerId`);
    return {
      reference: action.reference,
      recommendationId: action.recommendationId,
      title: text(form, `${key}-title`),
      description: action.description,
      kind: action.kind,
      judgementAreaKey: action.judgementAreaKey,
      ecmOutcome: action.ecmOutcome,
      ownerId: ownerId || null,
      leadPartnerId: action.leadPartnerId,
      startDate,
      dueDate: dueDate ?? action.dueDate,
      milestones: action.milestones.filter((milestone) => !dueDate || milestone.dueDate <= dueDate),
      indicators: codes.map((code) => ({ code })),
      ...(localCode && action.localIndicator
        ? {
            localIndicator: {
              code: localCode,
              title: action.localIndicator.title,
              unit: action.localIndicator.unit,
              polarity: action.localIndicator.polarity,
              frequency: action.localIndicator.frequency,
            },
          }
        : {}),
    };
  });
  return {
    plan: {
      inspectionId,
      reference: text(form, 'reference').toUpperCase(),
      title: text(form, 'title'),
      startDate,
      actions,
    },
    errors,
  };
}
