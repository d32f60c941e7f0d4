import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { AuthorityDto, UpdateAuthorityDto, UpdateThresholdsDto } from './authorities.dto';
import { AuthoritiesService } from './authorities.service';
import { MAX_LOGO_BYTES } from './council-settings';

/** Multer's own cap, above the logo's limit, so that a logo a little too large gets the sentence that says so. */
export const LOGO_UPLOAD_LIMIT = { fileSize: MAX_LOGO_BYTES * 4, files: 1, fields: 5 };

@ApiTags('authorities')
@ApiBearerAuth()
@Controller('api/v1/authorities')
export class AuthoritiesController {
  constructor(private readonly service: AuthoritiesService) {}

  @Get()
  @Policy(Permission.Read)
  @ApiOkResponse({ type: [AuthorityDto] })
  list(@CurrentCaller() caller: Caller): Promise<AuthorityDto[]> {
    return this.service.list(caller);
  }

  @Get(':id')
  @Policy(Permission.Read)
  @ApiOkResponse({ type: AuthorityDto })
  @ApiNotFoundResponse({ description: 'No such authority.' })
  get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<AuthorityDto> {
    return this.service.get(caller, id);
  }

  /** The RAG thresholds: milestone slip limit, progress lag limit and default amber tolerance. */
  @Patch(':id/thresholds')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: AuthorityDto })
  updateThresholds(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateThresholdsDto,
  ): Promise<AuthorityDto> {
    return this.service.updateThresholds(caller, id, body);
  }

  /** The council's name, house style, reporting frequency and front-sheet committees and officers. */
  @Patch(':id')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: AuthorityDto })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateAuthorityDto,
  ): Promise<AuthorityDto> {
    return this.service.updateSettings(caller, id, body);
  }

  @Get(':id/logo')
  @Policy(Permission.Read)
  @ApiProduces('image/png', 'image/jpeg')
  @ApiNotFoundResponse({ description: 'The authority has no logo.' })
  async logo(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { bytes, mediaType } = await this.service.logo(caller, id);
    response.setHeader('Content-Type', mediaType);
    response.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(bytes);
  }

  /** The logo for papers' front sheets: a PNG or JPEG (told by its bytes) of at most 512 KB. */
  @Put(':id/logo')
  @Policy(Permission.Administer)
  @UseInterceptors(FileInterceptor('file', { limits: LOGO_UPLOAD_LIMIT }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: AuthorityDto })
  @ApiPayloadTooLargeResponse({ description: 'Over 512 KB.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a PNG or JPEG image.' })
  setLogo(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<AuthorityDto> {
    return this.service.setLogo(caller, id, file?.buffer);
  }

  @Delete(':id/logo')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: AuthorityDto })
  removeLogo(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<AuthorityDto> {
    return this.service.removeLogo(caller, id);
  }
}
