import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { Csrf } from '../auth/csrf';
import { pageContext } from './page-context';

/**
 * Fills `res.locals` with what every page's layout needs (the caller, the CSRF token for its
 * forms, the CSP nonce and the example notice) before a page handler runs, so handlers return
 * only their own view model (`@Render`) and templates read the rest from the locals. It runs as
 * an interceptor rather than a middleware because the caller is known only once the access guard
 * has run.
 */
@Injectable()
export class PageLocalsInterceptor implements NestInterceptor {
  constructor(private readonly csrf: Csrf) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    Object.assign(response.locals, pageContext(this.csrf, request, response));
    return next.handle();
  }
}

/** Marks a controller as server-rendered pages: out of the API's OpenAPI document, with the page locals filled. */
export function Pages(): ClassDecorator {
  return applyDecorators(ApiExcludeController(), UseInterceptors(PageLocalsInterceptor));
}
