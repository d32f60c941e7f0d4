import { Module } from '@nestjs/common';
import { AuthoritiesController } from './authorities.controller';
import { AuthoritiesRepository } from './authorities.repository';
import { AuthoritiesService } from './authorities.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  controllers: [AuthoritiesController, UsersController],
  providers: [AuthoritiesRepository, AuthoritiesService, UsersRepository, UsersService],
  exports: [AuthoritiesRepository, UsersRepository, UsersService],
})
export class AuthoritiesModule {}
