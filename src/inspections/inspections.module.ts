import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module';
import { PlanningModule } from '../plans/planning.module';
import { UsersModule } from '../users/users.module';
import { DraftsController } from './drafts.controller';
import { DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { ImportPageController } from './import.page.controller';
import { InspectionImporter } from './inspection-importer';
import { InspectionsController } from './inspections.controller';
import { InspectionsRepository } from './inspections.repository';
import { InspectionsService } from './inspections.service';

@Module({
  imports: [PlanningModule, AuthoritiesModule, UsersModule],
  controllers: [DraftsController, InspectionsController, ImportPageController],
  providers: [InspectionsRepository, InspectionsService, DraftsRepository, DraftsService, InspectionImporter],
  exports: [InspectionsRepository, InspectionsService],
})
export class InspectionsModule {}
