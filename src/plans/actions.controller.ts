import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { ActionsService } from './actions.service';
import {
  ActionIndicatorInput,
  MilestoneInput,
  PostProgressDto,
  UpdateActionDto,
  UpdateMilestoneDto,
} from './plan-input.dto';
import { ActionDto, ActionIndicatorDto, MilestoneDto, toActionDto, toMilestoneDto } from './plans.dto';
import type { ProgressUpdateEntity } from './progress-update.entity';
import { OmitType } from '@nestjs/swagger';

export class ProgressUpdateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) actionId: string;
  @ApiProperty({ example: '2008-09 Q3' }) period: string;
  @ApiProperty() narrative: string;
  @ApiProperty() percentComplete: number;
  @ApiProperty({ enum: ['red', 'amber', 'green'], nullable: true }) proposedRag: string | null;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The signed-off update this corrects.' })
  correctsUpdateId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why, for an update posted after its period was signed off.',
  })
  correctionReason: string | null;
}

class UpdateActionIndicatorDto extends OmitType(ActionIndicatorInput, ['code'] as const) {}

function toProgressDto(
  update: ProgressUpdateEntity,
  authorName = update.author?.displayName ?? null,
): ProgressUpdateDto {
  return {
    id: update.id,
    actionId: update.actionId,
    period: update.period,
    narrative: update.narrative,
    percentComplete: update.percentComplete,
    proposedRag: update.proposedRag,
    authorId: update.authorId,
    authorName,
    createdAt: update.createdAt.toISOString(),
    correctsUpdateId: update.correctsUpdateId ?? null,
    correctionReason: update.correctionReason ?? null,
  };
}

@ApiTags('actions')
@ApiBearerAuth()
@Controller('api/v1')
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Get('actions/:id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: ActionDto })
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<ActionDto> {
    const { action, links } = await this.actions.read(caller, id);
    return toActionDto(action, links);
  }

  /** Changes an action. Send the version you read (body or If-Match); a stale one is refused with 409. */
  @Patch('actions/:id')
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ type: ActionDto })
  @ApiConflictResponse({ description: 'Stale version: details.currentVersion has the current one.' })
  async update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateActionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ActionDto> {
    await this.actions.update(caller, id, body, ifMatch);
    return this.get(caller, id);
  }

  /** Deletes an action with no progress; one with progress is cancelled instead (409 says so). */
  @Delete('actions/:id')
  @HttpCode(204)
  @Policy(Permission.ManagePlans)
  async remove(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.actions.remove(caller, id);
  }

  @Post('actions/:id/milestones')
  @Policy(Permission.PostProgress)
  @ApiCreatedResponse({ type: MilestoneDto })
  @ApiForbiddenResponse({ description: 'An owner adding to someone else’s action.' })
  async addMilestone(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MilestoneInput,
  ): Promise<MilestoneDto> {
    return toMilestoneDto(await this.actions.addMilestone(caller, id, body));
  }

  /** Renames, re-dates or completes a milestone (`completedOn`; null reopens it). Only clerks and admins re-date. */
  @Patch('milestones/:id')
  @Policy(Permission.PostProgress)
  @ApiOkResponse({ type: MilestoneDto })
  @ApiForbiddenResponse({ description: 'An owner moving a due date, or changing someone else’s milestone.' })
  async updateMilestone(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    return toMilestoneDto(await this.actions.updateMilestone(caller, id, body));
  }

  @Delete('milestones/:id')
  @HttpCode(204)
  @Policy(Permission.ManagePlans)
  async removeMilestone(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.actions.removeMilestone(caller, id);
  }

  /** Links an indicator to the action with its baseline, target and tolerance. */
  @Post('actions/:id/indicators')
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: ActionIndicatorDto })
  async linkIndicator(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ActionIndicatorInput,
  ): Promise<ActionIndicatorDto> {
    const link = await this.actions.linkIndicator(caller, id, body);
    const { links } = await this.actions.read(caller, id);
    return toActionDto({ ...(await this.actions.get(caller, id)), milestones: [] }, links).indicators.find(
      (candidate) => candidate.id === link.id,
    ) as ActionIndicatorDto;
  }

  @Patch('action-indicators/:id')
  @Policy(Permission.ManagePlans)
  @ApiOkResponse({ description: 'The updated baseline, target and tolerance.' })
  async updateIndicatorLink(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateActionIndicatorDto,
  ): Promise<{ id: string }> {
    const link = await this.actions.updateIndicatorLink(caller, id, body);
    return { id: link.id };
  }

  @Delete('action-indicators/:id')
  @HttpCode(204)
  @Policy(Permission.ManagePlans)
  async unlinkIndicator(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.actions.unlinkIndicator(caller, id);
  }

  /** Appends a progress update. Owners may post only on their own actions. Updates are never edited. */
  @Post('actions/:id/updates')
  @Policy(Permission.PostProgress)
  @ApiCreatedResponse({ type: ProgressUpdateDto })
  @ApiForbiddenResponse({ description: 'An owner posting on someone else’s action.' })
  async postProgress(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PostProgressDto,
  ): Promise<ProgressUpdateDto> {
    return toProgressDto(await this.actions.postProgress(caller, id, body), caller.displayName);
  }

  /** The action's progress history, newest first. */
  @Get('actions/:id/updates')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [ProgressUpdateDto] })
  async progress(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ProgressUpdateDto[]> {
    return (await this.actions.progress(caller, id)).map((update) => toProgressDto(update));
  }
}
