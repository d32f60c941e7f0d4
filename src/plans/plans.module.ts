import { Module } from '@nestjs/common';
import { ChartsModule } from '../charts/charts.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { RagModule } from '../rag/rag.module';
import { ActionEditPageController } from './action-edit.page.controller';
import { ActionEditPageService } from './action-edit.page.service';
import { ActionPageController } from './action.page.controller';
import { ActionPageService } from './action.page.service';
import { AuditModule } from '../audit/audit.module';
import { AuthoritiesModule } from '../authorities/authorities.module';
import { UsersModule } from '../users/users.module';
import { PlanEditPageController } from './plan-edit.page.controller';
import { PlanEditPageService } from './plan-edit.page.service';
import { ActionsController } from './actions.controller';
import { SignOffModule } from '../signoff/sign-off.module';
import { ActionsService } from './actions.service';
import { PlanFromInspectionPageController } from './plan-from-inspection.page.controller';
import { PlanFromInspectionPageService } from './plan-from-inspection.page.service';
import { PlanPageController } from './plan.page.controller';
import { PlanPageService } from './plan.page.service';
import { PlansController } from './plans.controller';
import { ActionsRepository } from './actions.repository';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

@Module({
  imports: [
    SignOffModule,
    IndicatorsModule,
    RagModule,
    ChartsModule,
    InspectionsModule,
    AuthoritiesModule,
    UsersModule,
    AuditModule,
  ],
  controllers: [
    PlansController,
    ActionsController,
    PlanPageController,
    ActionPageController,
    PlanEditPageController,
    ActionEditPageController,
    PlanFromInspectionPageController,
  ],
  providers: [
    PlansRepository,
    ActionsRepository,
    PlansService,
    ActionsService,
    PlanPageService,
    ActionPageService,
    PlanEditPageService,
    ActionEditPageService,
    PlanFromInspectionPageService,
  ],
  exports: [PlansRepository, ActionsRepository, PlansService, ActionsService],
})
export class PlansModule {}
