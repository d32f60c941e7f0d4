/** The administration index and the RAG thresholds page. */
import { withErrors } from '../web/admin-forms';
import type { FormErrors } from '../web/form-validation';
import { THRESHOLD_CONTROLS } from './admin.form';
import type { AuthorityDto } from './authorities.dto';

type Thresholds = Pick<AuthorityDto, 'milestoneSlipLimitDays' | 'progressLagLimitPoints' | 'amberTolerancePercent'>;

/** A stored percentage without its trailing zeros: `5.00` → `5`, `2.50` → `2.5`. */
export function percentInWords(value: string): string {
  return value.replace(/\.?0+$/, '');
}

/** The thresholds as stored, or as typed when a change was refused. */
export function thresholdsPage(stored: Thresholds | null, typed: object = {}, saved = false, errors: FormErrors = {}) {
  return {
    pageTitle: 'RAG thresholds',
    values: stored
      ? {
          milestoneSlipLimitDays: String(stored.milestoneSlipLimitDays),
          progressLagLimitPoints: String(stored.progressLagLimitPoints),
          amberTolerancePercent: percentInWords(stored.amberTolerancePercent),
        }
      : typed,
    saved,
    ...withErrors(errors, THRESHOLD_CONTROLS, 'milestoneSlipLimitDays'),
  };
}
