import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UsersService } from '../users/users.service';
import type { Caller } from '../common/request-context';
import { pageContext } from '../web/page-context';
import { tokenStatus } from './auth.dto';
import { AuthService, TOKEN_LIFETIMES_DAYS } from './auth.service';
import { CurrentCaller } from './caller.decorator';
import { Csrf } from './csrf';
import { Permission, Policy } from './policy';

interface TokenForm {
  name?: unknown;
  expiresInDays?: unknown;
}

/** The signed-in user's own page: who they are, and their personal access tokens. */
@ApiExcludeController()
@Controller('account')
export class AccountPageController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.SignedIn)
  async page(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(caller, request, response, {});
  }

  /** Makes a token and shows it on this response only: it is never stored or shown again. */
  @Post('tokens')
  @Policy(Permission.SignedIn)
  async createToken(
    @CurrentCaller() caller: Caller,
    @Body() form: TokenForm,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const name = typeof form.name === 'string' ? form.name.trim() : '';
    const days = Number(form.expiresInDays);
    const errors: Record<string, string> = {};
    if (name.length < 1 || name.length > 100) errors.name = 'Enter a name for the token, up to 100 characters';
    if (!(TOKEN_LIFETIMES_DAYS as readonly number[]).includes(days)) {
      errors.expiresInDays = 'Choose how long the token lasts';
    }
    if (Object.keys(errors).length > 0) {
      response.status(400);
      await this.render(caller, request, response, { errors, values: { name, expiresInDays: form.expiresInDays } });
      return;
    }
    const { value } = await this.auth.createToken({ id: caller.userId, authorityId: caller.authorityId }, name, days);
    response.status(201);
    await this.render(caller, request, response, { newToken: { name, value } });
  }

  @Post('tokens/:id/revoke')
  @Policy(Permission.SignedIn)
  async revokeToken(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.auth.revokeToken(caller, id);
    response.redirect(303, '/account');
  }

  private async render(
    caller: Caller,
    request: Request,
    response: Response,
    extra: {
      errors?: Record<string, string>;
      values?: Record<string, unknown>;
      newToken?: { name: string; value: string };
    },
  ): Promise<void> {
    const user = await this.users.get(caller.authorityId, caller.userId);
    const tokens = await this.auth.tokensOf(caller);
    response.render('pages/account.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Your account',
      user: {
        displayName: user.displayName,
        email: user.email,
        role: user.role,
        authorityName: caller.authorityName,
        partnerName: user.partnerOrganisation?.name ?? null,
      },
      tokens: tokens.map((token) => ({
        id: token.id,
        name: token.name,
        prefix: token.prefix,
        createdAt: token.createdAt,
        expiresAt: token.expiresAt,
        lastUsedAt: token.lastUsedAt,
        status: tokenStatus(token),
      })),
      newToken: extra.newToken ?? null,
      errors: extra.errors ?? {},
      values: extra.values ?? { name: '', expiresInDays: 90 },
    });
  }
}
