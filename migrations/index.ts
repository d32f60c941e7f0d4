import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795322203186 } from './1795322203186-InitialSchema';
import { AddSignInSessionsAndTokens1795324409468 } from './1795324409468-AddSignInSessionsAndTokens';
import { AddInspectionDrafts1795326063014 } from './1795326063014-AddInspectionDrafts';
import { MakeProgressUpdatesAppendOnly1795334497814 } from './1795334497814-MakeProgressUpdatesAppendOnly';
import { AddActionClosedOn1795334730025 } from './1795334730025-AddActionClosedOn';
import { IndexActionsByAuthority1795335105607 } from './1795335105607-IndexActionsByAuthority';
import { IndexAuditByAuthorityAndId1795335783177 } from './1795335783177-IndexAuditByAuthorityAndId';
import { AddUpdateWorkbookUploads1796179382106 } from './1796179382106-AddUpdateWorkbookUploads';
import { AllowLscbReviewKind1796437539322 } from './1796437539322-AllowLscbReviewKind';
import { StampProgressUpdatesAfterTheActionLock1796437629343 } from './1796437629343-StampProgressUpdatesAfterTheActionLock';
import { RefuseTruncatingProgressUpdates1796440000000 } from './1796440000000-RefuseTruncatingProgressUpdates';
import { AddPaperWord1796440591655 } from './1796440591655-AddPaperWord';
import { AddPlanSentToInspectorate1796700000000 } from './1796700000000-AddPlanSentToInspectorate';
import { AddFirstRunSetUp1796710000000 } from './1796710000000-AddFirstRunSetUp';
import { RecordInspectionFramework1796730000000 } from './1796730000000-RecordInspectionFramework';
import { AddIndicatorDefinition1796730000001 } from './1796730000001-AddIndicatorDefinition';
import { AddOverrideEndAndCancellationReason1796740000000 } from './1796740000000-AddOverrideEndAndCancellationReason';
import { ReadVisitLetters1796760000000 } from './1796760000000-ReadVisitLetters';
import { AddPeriodSignOff1796860000000 } from './1796860000000-AddPeriodSignOff';
import { AddNationalOutcomesImports1796720000000 } from './1796720000000-AddNationalOutcomesImports';
import { AddNotifications1796850000000 } from './1796850000000-AddNotifications';
import { AddJobQueue1796840000000 } from './1796840000000-AddJobQueue';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795322203186,
  AddSignInSessionsAndTokens1795324409468,
  AddInspectionDrafts1795326063014,
  MakeProgressUpdatesAppendOnly1795334497814,
  AddActionClosedOn1795334730025,
  IndexActionsByAuthority1795335105607,
  IndexAuditByAuthorityAndId1795335783177,
  AddUpdateWorkbookUploads1796179382106,
  AllowLscbReviewKind1796437539322,
  StampProgressUpdatesAfterTheActionLock1796437629343,
  RefuseTruncatingProgressUpdates1796440000000,
  AddPaperWord1796440591655,
  AddPlanSentToInspectorate1796700000000,
  AddFirstRunSetUp1796710000000,
  RecordInspectionFramework1796730000000,
  AddIndicatorDefinition1796730000001,
  AddOverrideEndAndCancellationReason1796740000000,
  AddNationalOutcomesImports1796720000000,
  ReadVisitLetters1796760000000,
  AddNotifications1796850000000,
  AddPeriodSignOff1796860000000,
  AddJobQueue1796840000000,
];
