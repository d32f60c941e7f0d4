import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { NationalPictureService } from './national-picture.service';

@ApiTags('compare')
@ApiBearerAuth()
@Controller('api/v1')
export class ComparisonController {
  constructor(private readonly national: NationalPictureService) {}

  /**
   * How the caller's council compares: its latest judgements beside its ten statistical
   * neighbours', the grades of its region and of England, its own inspections, and how each
   * council's grades moved; with the source and "as at" month of the national figures.
   */
  @Get('compare')
  @Policy(Permission.Read)
  @ApiOkResponse({ description: 'The comparison, with `dataset` naming the source, licence and as-at month.' })
  @ApiNotFoundResponse({ description: "No council in the national data matches the caller's authority." })
  async compare(@CurrentCaller() caller: Caller): Promise<object> {
    const { dataset, comparison } = await this.national.compareAuthority(caller.authorityId);
    return { dataset, ...comparison };
  }
}
