import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './auth/access.guard';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthoritiesModule } from './authorities/authorities.module';
import { BenchmarkingModule } from './benchmarking/benchmarking.module';
import { loggingParams } from './common/logging';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ExampleModule } from './example/example.module';
import { HealthController } from './health/health.controller';
import { InspectionsModule } from './inspections/inspections.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { NotificationsModule } from './notifications/notifications.module';
import { JobPagesModule } from './jobs/job-pages.module';
import { PlansModule } from './plans/plans.module';
import { RagModule } from './rag/rag.module';
import { ReportsModule } from './reports/reports.module';
import { ErrorFilter } from './web/error.filter';
import { SignOffPagesModule } from './signoff/sign-off-pages.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggingParams(config)),
        DatabaseModule,
        AuthModule,
        AuditModule,
        AuthoritiesModule,
        UsersModule,
        InspectionsModule,
        IndicatorsModule,
        PlansModule,
        RagModule,
        ReportsModule,
        SignOffPagesModule,
        JobPagesModule,
        BenchmarkingModule,
        ExampleModule,
        NotificationsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
