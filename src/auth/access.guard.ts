import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type Caller, currentContext, isPageRequest } from '../common/request-context';
import { AuthService } from './auth.service';
import { SESSION_COOKIE, readCookie } from '../common/cookies';
import { Csrf } from '../common/csrf';
import { POLICY_KEY, Permission, roleMay } from './policy';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one place where every request's caller is identified (bearer token, else session cookie)
 * and checked against the route's declared policy, deny by default:
 * - a route with no policy is closed to everyone;
 * - a route that is not public needs a signed-in, active user whose role has the permission;
 * - a change made with a session cookie, and an anonymous form post, must carry the CSRF token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (permission === undefined) {
      throw new DomainError(ErrorCode.Forbidden, 'This route has no access policy, so it is closed.');
    }
    const request = context.switchToHttp().getRequest<Request>();
    const caller = await this.identify(request);
    if (caller) {
      request.caller = caller;
      const store = currentContext();
      if (store) store.caller = caller;
    }

    if (permission !== Permission.Public) {
      if (!caller) {
        throw new DomainError(ErrorCode.Unauthenticated, 'Sign in first: this needs a session or an access token.');
      }
      if (!roleMay(caller.role, permission)) {
        throw new DomainError(ErrorCode.Forbidden, 'Your role does not allow this.');
      }
    }
    // Ambient credentials need the CSRF token: a session cookie, or an anonymous form (sign-in).
    // A bearer token is never sent by a browser on its own, so it needs none.
    const ambient = caller?.via === 'session' || (!caller && isPageRequest(request));
    if (UNSAFE_METHODS.has(request.method) && ambient && !this.csrf.verify(request)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'The form has expired or did not come from this service. Go back, reload the page and try again.',
        { reason: 'csrf' },
      );
    }
    return true;
  }

  private async identify(request: Request): Promise<Caller | null> {
    const authorization = request.get('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const caller = match ? await this.auth.authenticateToken(match[1]) : null;
      if (!caller) {
        throw new DomainError(
          ErrorCode.Unauthenticated,
          'The access token is not valid: it may have expired or been revoked.',
        );
      }
      return caller;
    }
    const session = readCookie(request, SESSION_COOKIE);
    return session ? this.auth.authenticateSession(session) : null;
  }
}
