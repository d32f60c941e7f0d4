import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

/** Plans and actions without their controllers: for the example loader and the command line. */
@Module({
  imports: [IndicatorsModule],
  providers: [PlansRepository, ActionsRepository, PlansService, ActionsService],
  exports: [PlansRepository, ActionsRepository, PlansService, ActionsService],
})
export class PlanningModule {}
