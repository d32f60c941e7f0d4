import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { ActionsService } from './actions.service';
import { PlanProposalDto } from './breakdown.dto';
import { ActionInput, CreatePlanDto, PreviewPlanDto, UpdatePlanDto } from './plan-input.dto';
import { ActionDto, PlanDto, PlanSummaryDto, toActionDto } from './plans.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/v1/plans')
export class PlansController {
  constructor(
    private readonly service: PlansService,
    private readonly actions: ActionsService,
  ) {}

  @Get()
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [PlanSummaryDto] })
  list(@CurrentCaller() caller: Caller): Promise<PlanSummaryDto[]> {
    return this.service.list(caller);
  }

  /**
   * The breakdown's proposal for a confirmed inspection: actions with owners, indicators, dates
   * and milestones, each suggestion with its reason. Nothing is stored; edit it and send it to
   * `POST /api/v1/plans`.
   */
  @Post('preview')
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: PlanProposalDto })
  preview(@CurrentCaller() caller: Caller, @Body() body: PreviewPlanDto): Promise<PlanProposalDto> {
    return this.service.preview(caller, body);
  }

  /** Creates the plan with all its actions in one transaction. Every recommendation needs an action. */
  @Post()
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: PlanDto })
  @ApiBadRequestResponse({ description: 'A field is wrong, or a recommendation has no action.' })
  @ApiConflictResponse({ description: 'The reference, or a local indicator code, is already used.' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreatePlanDto): Promise<PlanDto> {
    return this.service.get(caller, await this.service.create(caller, body));
  }

  /** The plan with its statutory clock and every action, owner, milestone and indicator. */
  @Get(':id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ description: 'No such plan.' })
  get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<PlanDto> {
    return this.service.get(caller, id);
  }

  /** Edits the plan or moves it draft → endorsed (committee and date required) → closed. */
  @Patch(':id')
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ type: PlanDto })
  @ApiConflictResponse({ description: 'Stale version: details.currentVersion has the current one.' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePlanDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<PlanDto> {
    return this.service.update(caller, id, body, ifMatch);
  }

  @Post(':id/actions')
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: ActionDto })
  async addAction(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ActionInput,
  ): Promise<ActionDto> {
    const { action, links } = await this.actions.read(caller, await this.actions.add(caller, id, body));
    return toActionDto(action, links);
  }
}
