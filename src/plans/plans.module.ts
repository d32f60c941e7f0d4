import { Module } from '@nestjs/common';
import { ActionsController } from './actions.controller';
import { HomePageController } from './home.page.controller';
import { PlanningModule } from './planning.module';
import { PlansController } from './plans.controller';

@Module({
  imports: [PlanningModule],
  controllers: [PlansController, ActionsController, HomePageController],
  exports: [PlanningModule],
})
export class PlansModule {}
