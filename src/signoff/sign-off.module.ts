import { Module } from '@nestjs/common';
import { SignOffRepository } from './sign-off.repository';
import { SignOffService } from './sign-off.service';

/**
 * Sign-off of each reporting period's updates without its routes: the lock that progress posting
 * and the update workbook check, and the front sheet's note, need only the service.
 */
@Module({
  providers: [SignOffRepository, SignOffService],
  exports: [SignOffService],
})
export class SignOffModule {}
