import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module';
import { DraftsController } from './drafts.controller';
import { DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { InspectionImporter } from './inspection-importer';
import { ImportPageController } from './import.page.controller';
import { ImportPageService } from './import.page.service';
import { InspectionsController } from './inspections.controller';
import { InspectionsRepository } from './inspections.repository';
import { InspectionsService } from './inspections.service';

@Module({
  imports: [AuthoritiesModule],
  controllers: [DraftsController, InspectionsController, ImportPageController],
  providers: [
    InspectionsRepository,
    InspectionsService,
    DraftsRepository,
    DraftsService,
    InspectionImporter,
    ImportPageService,
  ],
  exports: [InspectionsRepository, InspectionsService, DraftsService],
})
export class InspectionsModule {}
