import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccessTokenEntity } from '../auth/access-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { SetupTokenEntity } from '../authorities/setup-token.entity';
import { ThemeLeadEntity } from '../authorities/theme-lead.entity';
import { UserEntity } from '../users/user.entity';
import { NationalOutcomesImportEntity } from '../benchmarking/national-outcomes-import.entity';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MeasurementEntity } from '../indicators/measurement.entity';
import { InspectionDraftEntity } from '../inspections/inspection-draft.entity';
import { InspectionEntity } from '../inspections/inspection.entity';
import { JudgementEntity } from '../inspections/judgement.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { SourceDocumentEntity } from '../inspections/source-document.entity';
import { ActionEntity } from '../plans/action.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity';
import { MilestoneEntity } from '../plans/milestone.entity';
import { ProgressUpdateEntity } from '../plans/progress-update.entity';
import { BoardPaperEntity } from '../reports/board-paper.entity';
import { UpdateWorkbookUploadEntity } from '../reports/excel/update-workbook-upload.entity';
import { CommitteeMeetingEntity } from '../reports/committee-meeting.entity';
import { RagSnapshotEntity } from '../reports/rag-snapshot.entity';
import { PeriodSignOffEntity } from '../signoff/period-sign-off.entity';
import { UpdateReturnEntity } from '../signoff/update-return.entity';

/** Every entity of the schema, in one list for the data source and the drift check. */
export const ENTITIES = [
  AuthorityEntity,
  PartnerOrganisationEntity,
  UserEntity,
  ThemeLeadEntity,
  SourceDocumentEntity,
  InspectionEntity,
  JudgementEntity,
  RecommendationEntity,
  ImprovementPlanEntity,
  ActionEntity,
  MilestoneEntity,
  ProgressUpdateEntity,
  IndicatorEntity,
  ActionIndicatorEntity,
  MeasurementEntity,
  CommitteeMeetingEntity,
  RagSnapshotEntity,
  BoardPaperEntity,
  AuditEventEntity,
  SessionEntity,
  AccessTokenEntity,
  SignInAttemptEntity,
  SetupTokenEntity,
  InspectionDraftEntity,
  UpdateWorkbookUploadEntity,
  NationalOutcomesImportEntity,
  NotificationEntity,
  OutboxMessageEntity,
  NotificationPreferenceEntity,
  PeriodSignOffEntity,
  UpdateReturnEntity,
];
