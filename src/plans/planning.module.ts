import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { SignOffModule } from '../signoff/sign-off.module';
import { ActionsService } from './actions.service';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

/** Plans and actions without their controllers: for the example loader and the command line. */
@Module({
  imports: [IndicatorsModule, SignOffModule],
  providers: [PlansRepository, PlansService, ActionsService],
  exports: [PlansRepository, PlansService, ActionsService, SignOffModule],
})
export class PlanningModule {}
