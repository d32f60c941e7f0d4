import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { JobDto, toJobDto } from './jobs.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('api/v1/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  /** A job's state: queued, running (with what it is doing), failed (with why) or done (with what it made). */
  @Get(':id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: JobDto })
  @ApiNotFoundResponse({ description: 'No such job in the caller’s authority.' })
  async status(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<JobDto> {
    return toJobDto(await this.jobs.status(caller, id));
  }
}
