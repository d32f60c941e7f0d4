import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Response } from 'express';
import type { Caller } from '../common/request-context';
import type { RagSnapshotEntity } from '../reports/rag-snapshot.entity';
import {
  AsOfQuery,
  AuthorityDashboardDto,
  MovementDto,
  PlanDashboardDto,
  SnapshotDto,
  SnapshotRequest,
} from './status.dto';
import { StatusService } from './status.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toSnapshotDto(snapshot: RagSnapshotEntity): SnapshotDto {
  return {
    id: snapshot.id,
    planId: snapshot.planId,
    asOf: snapshot.asOf,
    takenAt: snapshot.takenAt.toISOString(),
    takenById: snapshot.takenById,
  };
}

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('api/v1')
export class StatusController {
  constructor(private readonly status: StatusService) {}

  /** The headline of every plan of the caller's authority: counts, share on track, worst colour. */
  @Get('dashboard')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: AuthorityDashboardDto })
  authority(@CurrentCaller() caller: Caller, @Query() query: AsOfQuery): Promise<AuthorityDashboardDto> {
    return this.status.authorityDashboard(caller, query.asOf);
  }

  /**
   * One plan as of a date: every action's and indicator's RAG with its reason, the roll-ups, the
   * exceptions, the update-overdue list, and what moved since the last snapshot.
   */
  @Get('plans/:id/dashboard')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: PlanDashboardDto })
  @ApiNotFoundResponse({ description: 'No such plan in the caller’s authority.' })
  async plan(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AsOfQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const json = await this.status.planDashboardJson(caller, id, query.asOf);
    response.type('application/json');
    return json;
  }

  /** Freezes every RAG of the plan, as papers do each time they are generated. */
  @Post('plans/:id/snapshots')
  @Policy(Permission.ManagePlans)
  @ApiCreatedResponse({ type: SnapshotDto })
  async snapshot(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SnapshotRequest,
  ): Promise<SnapshotDto> {
    return toSnapshotDto(await this.status.takeSnapshot(caller, id, body.asOf));
  }

  @Get('plans/:id/snapshots')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [SnapshotDto] })
  @ApiNotFoundResponse({ description: 'No such plan in the caller’s authority.' })
  async snapshots(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<SnapshotDto[]> {
    return (await this.status.listSnapshots(caller, id)).map(toSnapshotDto);
  }

  /** What changed colour between two snapshots, or from a snapshot to now, and what is new or closed. */
  @Get('plans/:id/movement')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: MovementDto })
  movement(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
  ): Promise<MovementDto> {
    for (const [field, value] of [
      ['from', from],
      ['to', to === 'now' ? undefined : to],
    ] as const) {
      if ((field === 'from' || value !== undefined) && !UUID.test(value ?? '')) {
        throw new DomainError(
          ErrorCode.Invalid,
          `${field} must be a snapshot id${field === 'to' ? ' or "now"' : ''}.`,
          [{ field, messages: [`${field} must be a snapshot id`] }],
        );
      }
    }
    return this.status.movement(caller, id, from as string, to);
  }
}
