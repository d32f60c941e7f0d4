import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { AUDIT_CSV_COLUMNS } from './audit-csv';
import { AuditFilterDto, AuditPageDto, AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly service: AuditService) {}

  /** Who changed what in the caller's authority, newest first. */
  @Get()
  @Policy(Permission.ReadAudit)
  @ApiOkResponse({ type: AuditPageDto })
  @ApiBadRequestResponse({ description: 'A filter is not valid, or `from` is after `to`.' })
  list(@CurrentCaller() caller: Caller, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.service.list(caller, query);
  }

  /** Every matching event as CSV, newest first, streamed. */
  @Get('export.csv')
  @Policy(Permission.ReadAudit)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `CSV with the columns ${AUDIT_CSV_COLUMNS.join(', ')}; before and after as JSON.` })
  @ApiBadRequestResponse({ description: 'A filter is not valid, or `from` is after `to`.' })
  async exportCsv(
    @CurrentCaller() caller: Caller,
    @Query() query: AuditFilterDto,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, chunks } = this.service.exportCsv(caller, query);
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      for await (const chunk of chunks) {
        if (!response.write(chunk)) await once(response, 'drain');
      }
      response.end();
    } catch (error) {
      // The headers are gone: cut the download short so it cannot pass for a complete file.
      response.destroy();
      throw error;
    }
  }
}
