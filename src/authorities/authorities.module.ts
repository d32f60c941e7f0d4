import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { AdminPageController } from './admin.page.controller';
import { AuthoritiesController } from './authorities.controller';
import { AuthoritiesRepository } from './authorities.repository';
import { AuthoritiesService } from './authorities.service';
import { IndicatorsPageController } from './indicators.page.controller';
import { PartnersController } from './partners.controller';
import { PartnershipPageController } from './partnership.page.controller';
import { PartnershipService } from './partnership.service';
import { SettingsPageController } from './settings.page.controller';
import { SetupPageController } from './setup.page.controller';
import { SetupRepository } from './setup.repository';
import { SetupService } from './setup.service';
import { ThemeLeadsController } from './theme-leads.controller';
import { UsersController } from './users.controller';
import { UsersPageController } from './users.page.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [IndicatorsModule],
  controllers: [
    AuthoritiesController,
    UsersController,
    PartnersController,
    ThemeLeadsController,
    AdminPageController,
    PartnershipPageController,
    UsersPageController,
    IndicatorsPageController,
    SettingsPageController,
    SetupPageController,
  ],
  providers: [
    AuthoritiesRepository,
    AuthoritiesService,
    PartnershipService,
    UsersRepository,
    UsersService,
    SetupRepository,
    SetupService,
  ],
  exports: [AuthoritiesRepository, UsersRepository, UsersService, SetupService, PartnershipService],
})
export class AuthoritiesModule {}
