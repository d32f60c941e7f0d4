import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { PlanningModule } from '../plans/planning.module';
import { ExampleRepository } from './example.repository';
import { ExampleService } from './example.service';

@Module({
  imports: [PlanningModule],
  providers: [ExampleRepository, ExampleService, PasswordHasher],
  exports: [ExampleService],
})
export class ExampleModule {}
