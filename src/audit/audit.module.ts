import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditController } from './audit.controller';
import { AuditPageController } from './audit.page.controller';
import { AuditPageService } from './audit.page.service';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/**
 * Reading the audit trail. Writing it needs no module: the AuditSubscriber (src/database/audit.subscriber.ts) is registered on the
 * DataSource (src/database/data-source.ts) and sees every entity write.
 */
@Module({
  imports: [UsersModule],
  controllers: [AuditController, AuditPageController],
  providers: [AuditRepository, AuditService, AuditPageService],
  exports: [AuditService],
})
export class AuditModule {}
