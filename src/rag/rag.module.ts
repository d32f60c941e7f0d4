import { Module } from '@nestjs/common';
import { StatusCache } from './status-cache';
import { StatusController } from './status.controller';
import { StatusRepository } from './status.repository';
import { StatusService } from './status.service';

@Module({
  controllers: [StatusController],
  providers: [StatusRepository, StatusService, StatusCache],
  exports: [StatusService],
})
export class RagModule {}
