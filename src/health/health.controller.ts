import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission, Policy } from '../auth/policy';
import { Database } from '../database/data-source';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status: 'ok' | 'unavailable';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';

  @ApiProperty({ enum: ['current', 'pending', 'unknown'] })
  migrations: 'current' | 'pending' | 'unknown';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: Database) {}

  /** 200 when the database answers and every migration has run; 503 otherwise. */
  @Get()
  @Policy(Permission.Public)
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const { database, migrations } = await this.database.health();
    const ok = database === 'up' && migrations === 'current';
    if (!ok) response.status(503);
    return { status: ok ? 'ok' : 'unavailable', database, migrations };
  }
}
