import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { PlansModule } from '../plans/plans.module';
import { ExampleRepository } from './example.repository';
import { ExampleService } from './example.service';

@Module({
  imports: [PlansModule],
  providers: [ExampleRepository, ExampleService, PasswordHasher],
  exports: [ExampleService],
})
export class ExampleModule {}
