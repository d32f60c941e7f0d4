import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessGuard } from './access.guard';
import { AccountPageController } from './account.page.controller';
import { AccountPageService } from './account.page.service';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { Csrf } from './csrf';
import { PasswordHasher } from './password-hasher';
import { SignInPageController } from './sign-in.page.controller';
import { SignInPageService } from './sign-in.page.service';

@Global()
@Module({
  imports: [UsersModule],
  controllers: [AuthController, SignInPageController, AccountPageController],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    AccessGuard,
    SignInPageService,
    AccountPageService,
    { provide: Csrf, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new Csrf(config.sessionSecret) },
  ],
  exports: [AuthService, PasswordHasher, AccessGuard, Csrf],
})
export class AuthModule {}
