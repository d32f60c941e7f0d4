/** The update workbook's pages: download and upload, and the preview of an upload before it is applied. */
import type { ImprovementPlanEntity } from '../../plans/improvement-plan.entity';
import { withErrors } from '../../web/admin-forms';
import { type FormErrors, errorList, firstOf } from '../../web/form-validation';
import type { UpdateWorkbookUploadEntity } from './update-workbook-upload.entity';

type Plan = Pick<ImprovementPlanEntity, 'id' | 'reference' | 'title'>;
type Upload = Pick<
  UpdateWorkbookUploadEntity,
  'id' | 'fileName' | 'period' | 'madeAt' | 'createdAt' | 'appliedAt' | 'uploadedById' | 'preview' | 'planId'
>;

/**
 * Download the workbook, upload it back, and the uploads so far. The upload form is multipart,
 * so its CSRF token goes in its address: the guard reads the token before the body. `errors`: a
 * refused download (any control) or upload (the file).
 */
export function updateWorkbookPage(plan: Plan, uploads: readonly Upload[], csrfToken: string, errors: FormErrors = {}) {
  return {
    pageTitle: `Update in Excel: ${plan.reference}`,
    plan: { id: plan.id, reference: plan.reference, title: plan.title },
    uploadAction: `/plans/${plan.id}/update-workbook?_csrf=${encodeURIComponent(csrfToken)}`,
    uploads: uploads.map((upload) => ({
      id: upload.id,
      fileName: upload.fileName,
      period: upload.period,
      createdAt: upload.createdAt,
      appliedAt: upload.appliedAt,
      counts: upload.preview.counts,
    })),
    errors,
    errorList: errorList(errors),
  };
}

/** What applying the upload would change, row by row; `applyErrors`: a refusal to apply it. */
export function previewPage(
  plan: Plan,
  upload: Upload,
  callerId: string,
  applied: boolean,
  applyErrors: FormErrors = {},
) {
  return {
    pageTitle: `Check the changes: ${upload.fileName}`,
    plan: { id: plan.id, reference: plan.reference, title: plan.title },
    upload: {
      id: upload.id,
      fileName: upload.fileName,
      period: upload.period,
      downloadedAt: upload.madeAt,
      createdAt: upload.createdAt,
      appliedAt: upload.appliedAt,
      mine: upload.uploadedById === callerId,
    },
    preview: upload.preview,
    applied,
    ...withErrors(firstOf(applyErrors, 'apply'), ['apply'], 'apply'),
  };
}
