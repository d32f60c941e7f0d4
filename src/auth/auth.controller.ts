import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { Caller } from '../common/request-context';
import {
  AccessTokenDto,
  CallerDto,
  CreateTokenDto,
  CreateTokenWithPasswordDto,
  NewAccessTokenDto,
  toAccessTokenDto,
  toCallerDto,
} from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentCaller } from './caller.decorator';
import { clientAddress } from './client-address';
import { Permission, Policy } from './policy';

@ApiTags('authentication')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * A personal access token for a script or report tool, in exchange for an email and password.
   * Failures count towards the same lock-out as the sign-in page.
   */
  @Post('tokens')
  @Policy(Permission.Public)
  @ApiCreatedResponse({ type: NewAccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: locked for a while.' })
  async createWithPassword(
    @Body() body: CreateTokenWithPasswordDto,
    @Req() request: Request,
  ): Promise<NewAccessTokenDto> {
    const { token, value } = await this.auth.createTokenWithPassword(
      {
        email: body.email,
        password: body.password,
        ipAddress: clientAddress(request),
        userAgent: request.get('user-agent'),
      },
      body.name,
      body.expiresInDays,
    );
    return { ...toAccessTokenDto(token), token: value };
  }

  /** A new token for the signed-in caller. */
  @Post('tokens/mine')
  @Policy(Permission.SignedIn)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: NewAccessTokenDto })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateTokenDto): Promise<NewAccessTokenDto> {
    const { token, value } = await this.auth.createToken(
      { id: caller.userId, authorityId: caller.authorityId },
      body.name,
      body.expiresInDays,
    );
    return { ...toAccessTokenDto(token), token: value };
  }

  @Get('tokens')
  @Policy(Permission.SignedIn)
  @ApiBearerAuth()
  @ApiOkResponse({ type: [AccessTokenDto] })
  async list(@CurrentCaller() caller: Caller): Promise<AccessTokenDto[]> {
    return (await this.auth.tokensOf(caller)).map(toAccessTokenDto);
  }

  /** Revokes one of the caller's tokens at once. */
  @Delete('tokens/:id')
  @HttpCode(200)
  @Policy(Permission.SignedIn)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AccessTokenDto })
  async revoke(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<AccessTokenDto> {
    return toAccessTokenDto(await this.auth.revokeToken(caller, id));
  }

  @Get('me')
  @Policy(Permission.SignedIn)
  @ApiBearerAuth()
  @ApiOkResponse({ type: CallerDto })
  me(@CurrentCaller() caller: Caller): CallerDto {
    return toCallerDto(caller);
  }
}
