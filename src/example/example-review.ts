/**
 * The clerk's review of the imported example, as data: the example is built by importing the
 * council's paper with the real parser and breaking it down with the real breakdown, then applying
 * what a clerk would correct or add. Anything the import finds that differs from the published
 * facts stops the load, so the example can never drift from what the import really does.
 */
import type { DraftContent } from '../inspections/draft-content';
import type { InspectionDraft } from '../inspections/ingest/inspection-draft';
import type { ProposedAction } from '../plans/breakdown/breakdown';
import type { ActionInput } from '../plans/plan-input.dto';
import type { ExampleData } from './example-data';

export class ExampleDriftError extends Error {}

/** The imported draft, checked against the published facts, with the clerk's additions. */
export function reviewImport(data: ExampleData, found: InspectionDraft): DraftContent {
  const judgements = data.judgements.map((expected) => {
    const judgement = found.judgements.find((candidate) => candidate.key === expected.areaKey);
    if (!judgement || judgement.grade.normalised !== expected.grade || judgement.label !== expected.label) {
      throw new ExampleDriftError(
        `The import no longer finds ${expected.label}: ${expected.gradePublished} in the example paper.`,
      );
    }
    return { ...judgement, summary: expected.summary };
  });
  if (found.judgements.length !== data.judgements.length) {
    throw new ExampleDriftError(
      `The import finds ${found.judgements.length} judgements in the example paper, not ${data.judgements.length}.`,
    );
  }
  if (found.recommendations.length !== data.recommendations.length) {
    throw new ExampleDriftError(
      `The import finds ${found.recommendations.length} recommendations in the example paper, not ${data.recommendations.length}.`,
    );
  }
  const recommendations = found.recommendations.map((recommendation, index) => {
    const expected = data.recommendations[index];
    if (recommendation.text !== expected.text || recommendation.kind !== expected.kind) {
      throw new ExampleDriftError(`The import reads recommendation ${index + 1} as "${recommendation.text}".`);
    }
    return { ...recommendation, judgementAreaKey: expected.judgementAreaKey };
  });
  return {
    authority: found.authority,
    kind: data.inspection.kind,
    kindLines: found.kindLines,
    dates: found.dates,
    title: data.inspection.title,
    inspectorate: data.inspection.inspectorate,
    judgements,
    recommendations,
    warnings: found.warnings,
  };
}

/**
 * The breakdown's proposal with the clerk's edits: the example's own titles, owners, dates,
 * milestones and targets for each proposed reference. A proposed reference the example does not
 * define, or the other way round, stops the load.
 */
export function reviewProposal(
  data: ExampleData,
  proposal: readonly ProposedAction[],
  ids: { user: (email: string | null) => string | null; partner: (key: string | null) => string | null },
): ActionInput[] {
  const proposed = proposal.map((action) => action.reference).join(', ');
  const edited = data.actions.map((action) => action.reference).join(', ');
  if (proposed !== edited) {
    throw new ExampleDriftError(`The breakdown proposes ${proposed}; the example edits ${edited}.`);
  }
  return proposal.map((action, index) => {
    const edit = data.actions[index];
    return {
      reference: action.reference,
      recommendationId: action.recommendationId,
      title: edit.title,
      description: edit.description ?? action.description,
      kind: action.kind,
      judgementAreaKey: edit.judgementAreaKey ?? action.judgementAreaKey,
      ecmOutcome: edit.ecmOutcome ?? action.ecmOutcome,
      ownerId: ids.user(edit.ownerEmail) ?? action.ownerId,
      leadPartnerId: ids.partner(edit.leadPartnerKey) ?? action.leadPartnerId,
      startDate: edit.startDate,
      dueDate: edit.dueDate,
      status: edit.status,
      percentComplete: edit.percentComplete,
      closedOn: edit.closedOn,
      milestones: edit.milestones,
      indicators: edit.indicators.map((link) => ({ ...link })),
      localIndicator: null,
    };
  });
}
