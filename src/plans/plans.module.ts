import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';
import { HomePageController } from './home.page.controller';
import { PlansController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

@Module({
  imports: [IndicatorsModule],
  controllers: [PlansController, ActionsController, HomePageController],
  providers: [PlansRepository, PlansService, ActionsService],
  exports: [PlansRepository, PlansService],
})
export class PlansModule {}
