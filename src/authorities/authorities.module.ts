import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { UsersModule } from '../users/users.module';
import { AdminPageController } from './admin.page.controller';
import { AdminPageService } from './admin.page.service';
import { AuthoritiesController } from './authorities.controller';
import { AuthoritiesRepository } from './authorities.repository';
import { AuthoritiesService } from './authorities.service';
import { IndicatorsPageController } from './indicators.page.controller';
import { IndicatorsPageService } from './indicators.page.service';
import { PartnersController } from './partners.controller';
import { PartnershipPageController } from './partnership.page.controller';
import { PartnershipPageService } from './partnership.page.service';
import { PartnershipService } from './partnership.service';
import { SettingsPageController } from './settings.page.controller';
import { SettingsPageService } from './settings.page.service';
import { SetupPageController } from './setup.page.controller';
import { SetupPageService } from './setup.page.service';
import { SetupRepository } from './setup.repository';
import { SetupService } from './setup.service';
import { ThemeLeadsController } from './theme-leads.controller';
import { UsersPageController } from './users.page.controller';
import { UsersPageService } from './users.page.service';

@Module({
  imports: [IndicatorsModule, UsersModule],
  controllers: [
    AuthoritiesController,
    PartnersController,
    ThemeLeadsController,
    AdminPageController,
    PartnershipPageController,
    IndicatorsPageController,
    SettingsPageController,
    SetupPageController,
    UsersPageController,
  ],
  providers: [
    AuthoritiesRepository,
    AuthoritiesService,
    PartnershipService,
    SetupRepository,
    SetupService,
    AdminPageService,
    PartnershipPageService,
    IndicatorsPageService,
    SettingsPageService,
    SetupPageService,
    UsersPageService,
  ],
  exports: [AuthoritiesRepository, SetupService, PartnershipService],
})
export class AuthoritiesModule {}
