import {
  type ExecutionContext,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Render,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import type { Response } from 'express';

/**
 * The CSRF token of this page's locals (filled by `@Pages()`), for a multipart form, whose token
 * goes in its address because the guard reads it before the body.
 */
export const CsrfToken = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  String(context.switchToHttp().getResponse<Response>().locals.csrfToken ?? ''),
);

/** A route's id in its path, which must be a UUID (`:id` unless named). */
export const IdParam = (name = 'id'): ParameterDecorator => Param(name, ParseUUIDPipe);

/**
 * A form's POST that makes something shown on this response only, never again (a new access
 * token): a 201 with the page rather than a redirect, as what was made is kept nowhere to show
 * after. A refused form is thrown with `refuse`, as for `FormPost`.
 */
export function CreatedPost(path: string, template: string): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(201), Render(template));
}
