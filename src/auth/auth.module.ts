import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { Csrf } from '../common/csrf';
import { PasswordHasher } from './password-hasher';
import { SignInPageController } from './sign-in.page.controller';
import { SignInPageService } from './sign-in.page.service';

@Global()
@Module({
  controllers: [AuthController, SignInPageController],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    AccessGuard,
    SignInPageService,
    { provide: Csrf, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new Csrf(config.sessionSecret) },
  ],
  exports: [AuthService, PasswordHasher, AccessGuard, Csrf],
})
export class AuthModule {}
