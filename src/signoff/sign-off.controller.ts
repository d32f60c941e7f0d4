import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import {
  ReturnUpdateDto,
  SignOffDto,
  SignOffPeriodQuery,
  SignOffStatusDto,
  SignOffThemeDto,
  UpdateReturnDto,
  toSignOffDto,
  toSignOffStatusDto,
  toUpdateReturnDto,
} from './sign-off.dto';
import { SignOffService } from './sign-off.service';

@ApiTags('sign-off')
@ApiBearerAuth()
@Controller('api/v1/plans/:id/sign-off')
export class SignOffController {
  constructor(private readonly signOff: SignOffService) {}

  /** Who has signed off each theme of the plan for a period, and each action's latest update. */
  @Get()
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ type: SignOffStatusDto })
  async status(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: SignOffPeriodQuery,
  ): Promise<SignOffStatusDto> {
    return toSignOffStatusDto(await this.signOff.status(caller, id, query.period));
  }

  /** The theme lead confirms their theme's updates for the period; they are then locked. */
  @Post('themes')
  @Policy(Permission.PostProgress)
  @ApiCreatedResponse({ type: SignOffDto })
  @ApiForbiddenResponse({ description: 'Anyone but the theme’s lead (a clerk or an admin for a theme with none).' })
  @ApiConflictResponse({ description: 'Already signed off, or an update of the theme is back with its owner.' })
  async signOffTheme(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SignOffThemeDto,
  ): Promise<SignOffDto> {
    return toSignOffDto(await this.signOff.signOff(caller, id, body.period, body.theme));
  }

  /** The theme lead sends one update back to its owner with a comment, before signing off. */
  @Post('returns')
  @Policy(Permission.PostProgress)
  @ApiCreatedResponse({ type: UpdateReturnDto })
  @ApiForbiddenResponse({ description: 'Anyone but the lead of the update’s theme.' })
  @ApiConflictResponse({ description: 'The theme is signed off, or the action has a newer update.' })
  async returnUpdate(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReturnUpdateDto,
  ): Promise<UpdateReturnDto> {
    return toUpdateReturnDto(await this.signOff.returnUpdate(caller, id, body.updateId, body.comment));
  }
}
