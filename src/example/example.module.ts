import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { ExampleRepository } from './example.repository';
import { ExampleService } from './example.service';

@Module({
  providers: [ExampleRepository, ExampleService, PasswordHasher],
  exports: [ExampleService],
})
export class ExampleModule {}
