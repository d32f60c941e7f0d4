import { Module } from '@nestjs/common';
import { AccountPageController } from './account.page.controller';
import { AccountPageService } from './account.page.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/**
 * The people who sign in to an authority, and each one's own account page. The administrator's pages for them sit
 * with the authority's other settings (authorities/), which choose among partners and users alike.
 */
@Module({
  controllers: [UsersController, AccountPageController],
  providers: [UsersRepository, UsersService, AccountPageService],
  exports: [UsersRepository, UsersService],
})
export class UsersModule {}
