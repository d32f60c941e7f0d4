import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import {
  CreateIndicatorDto,
  IndicatorDto,
  MeasurementDto,
  RecordMeasurementDto,
  toIndicatorDto,
  toMeasurementDto,
} from './indicators.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('api/v1/indicators')
export class IndicatorsController {
  constructor(private readonly service: IndicatorsService) {}

  /** The national catalogue and the authority's own indicators. */
  @Get()
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [IndicatorDto] })
  async list(@CurrentCaller() caller: Caller): Promise<IndicatorDto[]> {
    return (await this.service.list(caller)).map(toIndicatorDto);
  }

  /** Adds one of the authority's own indicators to the catalogue. */
  @Post()
  @Policy(Permission.Administer)
  @ApiCreatedResponse({ type: IndicatorDto })
  @ApiConflictResponse({ description: 'The code is already used.' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateIndicatorDto): Promise<IndicatorDto> {
    return toIndicatorDto(await this.service.createLocal(caller, body));
  }

  @Get(':id/measurements')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [MeasurementDto] })
  async measurements(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<MeasurementDto[]> {
    await this.service.get(caller, id);
    return (await this.service.listMeasurements(caller, id)).map(toMeasurementDto);
  }

  /** Records the value for a period: 201 when new, 200 when it corrects the period's value. */
  @Post(':id/measurements')
  @Policy(Permission.PostProgress)
  @ApiCreatedResponse({ type: MeasurementDto, description: 'A new period.' })
  @ApiOkResponse({ type: MeasurementDto, description: 'A correction of the period’s value.' })
  async record(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordMeasurementDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeasurementDto> {
    const { measurement, created } = await this.service.recordMeasurement(caller, id, body);
    response.status(created ? 201 : 200);
    return toMeasurementDto(measurement);
  }
}
