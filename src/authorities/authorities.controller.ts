import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { AuthorityDto, UpdateThresholdsDto } from './authorities.dto';
import { AuthoritiesService } from './authorities.service';

@ApiTags('authorities')
@ApiBearerAuth()
@Controller('api/v1/authorities')
export class AuthoritiesController {
  constructor(private readonly service: AuthoritiesService) {}

  @Get()
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [AuthorityDto] })
  list(@CurrentCaller() caller: Caller): Promise<AuthorityDto[]> {
    return this.service.list(caller);
  }

  @Get(':id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: AuthorityDto })
  @ApiNotFoundResponse({ description: 'No such authority.' })
  get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<AuthorityDto> {
    return this.service.get(caller, id);
  }

  /** The RAG thresholds: milestone slip limit, progress lag limit and default amber tolerance. */
  @Patch(':id/thresholds')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: AuthorityDto })
  updateThresholds(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateThresholdsDto,
  ): Promise<AuthorityDto> {
    return this.service.updateThresholds(caller, id, body);
  }
}
