import { Module, forwardRef } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module';
import { UsersController } from './users.controller';
import { UsersPageController } from './users.page.controller';
import { UsersPageService } from './users.page.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/**
 * The people who sign in to an authority. Users belong to an authority and its partners, and the
 * authority's theme leads name users, so the two modules import each other.
 */
@Module({
  imports: [forwardRef(() => AuthoritiesModule)],
  controllers: [UsersController, UsersPageController],
  providers: [UsersRepository, UsersService, UsersPageService],
  exports: [UsersRepository, UsersService],
})
export class UsersModule {}
