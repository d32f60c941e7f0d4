import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { InspectionDto, InspectionSummaryDto } from './inspections.dto';
import { InspectionsService } from './inspections.service';

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('api/v1/inspections')
export class InspectionsController {
  constructor(private readonly service: InspectionsService) {}

  @Get()
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [InspectionSummaryDto] })
  list(@CurrentCaller() caller: Caller): Promise<InspectionSummaryDto[]> {
    return this.service.list(caller);
  }

  /** The inspection with its judgements (grades) and recommendations, in published order. */
  @Get(':id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: InspectionDto })
  @ApiNotFoundResponse({ description: 'No such inspection.' })
  get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<InspectionDto> {
    return this.service.get(caller, id);
  }
}
