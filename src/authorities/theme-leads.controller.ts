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
import { CreateThemeLeadDto, ThemeLeadDto, UpdateThemeLeadDto, toThemeLeadDto } from './partnership.dto';
import { PartnershipService } from './partnership.service';
import { themeLabel } from './themes';

@ApiTags('theme leads')
@ApiBearerAuth()
@Controller('api/v1/theme-leads')
export class ThemeLeadsController {
  constructor(private readonly partnership: PartnershipService) {}

  @Get()
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: [ThemeLeadDto], description: 'Who leads each theme, by theme.' })
  async list(@CurrentCaller() caller: Caller): Promise<ThemeLeadDto[]> {
    return (await this.partnership.themeLeads(caller.authorityId)).map((lead) =>
      toThemeLeadDto(lead, themeLabel(lead.theme)),
    );
  }

  @Post()
  @Policy(Permission.Administer)
  @ApiCreatedResponse({ type: ThemeLeadDto })
  @ApiConflictResponse({ description: 'The theme already has a lead: change that one instead.' })
  async add(@CurrentCaller() caller: Caller, @Body() body: CreateThemeLeadDto): Promise<ThemeLeadDto> {
    const lead = await this.partnership.addThemeLead(caller.authorityId, body);
    return toThemeLeadDto(lead, themeLabel(lead.theme));
  }

  /** Changes who leads the theme: their name, title, account or organisation. */
  @Patch(':id')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: ThemeLeadDto })
  @ApiNotFoundResponse({ description: 'No such theme lead in the authority.' })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateThemeLeadDto,
  ): Promise<ThemeLeadDto> {
    const lead = await this.partnership.changeThemeLead(caller.authorityId, id, body);
    return toThemeLeadDto(lead, themeLabel(lead.theme));
  }

  /** The theme is left without a lead, so new actions for it get no suggested owner. */
  @Delete(':id')
  @HttpCode(204)
  @Policy(Permission.Administer)
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiNotFoundResponse({ description: 'No such theme lead in the authority.' })
  async remove(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.partnership.removeThemeLead(caller.authorityId, id);
  }
}
