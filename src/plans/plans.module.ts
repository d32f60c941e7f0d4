import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { RagModule } from '../rag/rag.module';
import { ReportsModule } from '../reports/reports.module';
import { ActionEditPageController } from './action-edit.page.controller';
import { ActionPageController } from './action.page.controller';
import { AuditModule } from '../audit/audit.module';
import { AuthoritiesModule } from '../authorities/authorities.module';
import { UsersModule } from '../users/users.module';
import { PlanEditPageController } from './plan-edit.page.controller';
import { ActionsController } from './actions.controller';
import { DashboardPageController } from './dashboard.page.controller';
import { HomePageController } from './home.page.controller';
import { MyActionsPageController } from './my-actions.page.controller';
import { PlanPageController } from './plan.page.controller';
import { PlanningModule } from './planning.module';
import { PlansController } from './plans.controller';

@Module({
  imports: [
    PlanningModule,
    IndicatorsModule,
    RagModule,
    ReportsModule,
    InspectionsModule,
    AuthoritiesModule,
    UsersModule,
    AuditModule,
  ],
  controllers: [
    PlansController,
    ActionsController,
    HomePageController,
    DashboardPageController,
    PlanPageController,
    ActionPageController,
    MyActionsPageController,
    PlanEditPageController,
    ActionEditPageController,
  ],
  exports: [PlanningModule],
})
export class PlansModule {}
