import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PlanDto, PlanSummaryDto } from './plans.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/v1/plans')
export class PlansController {
  constructor(private readonly service: PlansService) {}

  @Get()
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [PlanSummaryDto] })
  list(@CurrentCaller() caller: Caller): Promise<PlanSummaryDto[]> {
    return this.service.list(caller);
  }

  /** The plan with every action, its owner, lead partner and milestones. */
  @Get(':id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ description: 'No such plan.' })
  get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<PlanDto> {
    return this.service.get(caller, id);
  }
}
