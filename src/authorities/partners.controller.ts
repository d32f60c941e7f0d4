import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { CreatePartnerDto, PartnerDto, UpdatePartnerDto, toPartnerDto } from './partnership.dto';
import { PartnershipService } from './partnership.service';

@ApiTags('partners')
@ApiBearerAuth()
@Controller('api/v1/partners')
export class PartnersController {
  constructor(private readonly partnership: PartnershipService) {}

  @Get()
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: [PartnerDto], description: 'The authority’s partner organisations, by name.' })
  async list(@CurrentCaller() caller: Caller): Promise<PartnerDto[]> {
    return (await this.partnership.partners(caller.authorityId)).map(toPartnerDto);
  }

  @Post()
  @Policy(Permission.Administer)
  @ApiCreatedResponse({ type: PartnerDto })
  @ApiConflictResponse({ description: 'The authority already has a partner of that name (whatever its case).' })
  async add(@CurrentCaller() caller: Caller, @Body() body: CreatePartnerDto): Promise<PartnerDto> {
    return toPartnerDto(await this.partnership.addPartner(caller.authorityId, body));
  }

  /** Renames the partner (or changes its kind); everything that refers to it follows. */
  @Patch(':id')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: PartnerDto })
  @ApiNotFoundResponse({ description: 'No such partner in the authority.' })
  @ApiConflictResponse({ description: 'Another partner already has that name.' })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePartnerDto,
  ): Promise<PartnerDto> {
    return toPartnerDto(await this.partnership.changePartner(caller.authorityId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @Policy(Permission.Administer)
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiNotFoundResponse({ description: 'No such partner in the authority.' })
  @ApiConflictResponse({
    description:
      'Still the lead partner of an action, or the organisation of a user or theme lead: the message says which, ' +
      'and `details.usage` counts them.',
  })
  async remove(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.partnership.removePartner(caller.authorityId, id);
  }
}
