import { Module } from '@nestjs/common';
import { SnapshotsRepository } from './snapshots.repository';
import { StatusCache } from './status-cache';
import { StatusController } from './status.controller';
import { StatusRepository } from './status.repository';
import { StatusService } from './status.service';

@Module({
  controllers: [StatusController],
  providers: [StatusRepository, SnapshotsRepository, StatusService, StatusCache],
  exports: [StatusService, SnapshotsRepository],
})
export class RagModule {}
