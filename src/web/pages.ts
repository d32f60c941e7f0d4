import {
  type ArgumentsHost,
  type CallHandler,
  Catch,
  type ExceptionFilter,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  Get,
  HttpCode,
  Post,
  Redirect,
  Render,
  UseFilters,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { Csrf } from '../common/csrf';
import type { FormErrors, FormOutcome } from './form-validation';
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

/**
 * Marks a controller as server-rendered pages: out of the API's OpenAPI document, with the page
 * locals filled and a refused form drawn again.
 */
export function Pages(): ClassDecorator {
  return applyDecorators(ApiExcludeController(), UseInterceptors(PageLocalsInterceptor), UseFilters(FormRefusedFilter));
}

/**
 * A form the page refuses: the page shown again (`template`, with its view model) with the errors
 * in it, and `status`. Thrown from a handler, drawn by `FormRefusedFilter`, so a handler that
 * saves can answer with a redirect (`@Redirect()` and `{ url }`) and never needs the response.
 */
export class FormRefused {
  constructor(
    readonly template: string,
    readonly model: object,
    readonly status: number = 400,
  ) {}
}

/** Draws a refused form; the page locals are already filled, as the interceptor runs before the handler. */
@Catch(FormRefused)
export class FormRefusedFilter implements ExceptionFilter {
  catch(refused: FormRefused, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(refused.status).render(refused.template, refused.model);
  }
}

/** Refuses a form: the page shown again with its errors, a 400 unless `status` says otherwise. */
export function refuse(template: string, model: object, status = 400): never {
  throw new FormRefused(template, model, status);
}

/**
 * What follows a form's POST once `submitForm` has run: saved, `{ url }` for `@Redirect()` to send
 * the browser on (Post/Redirect/Get); refused, the page again, built by `again` from the errors,
 * with the refusal's status.
 */
export async function afterSubmit<R>(
  outcome: FormOutcome<R>,
  next: string | ((saved: R) => string),
  template: string,
  again: (errors: FormErrors) => object | Promise<object>,
): Promise<{ url: string }> {
  if (outcome.ok) return { url: typeof next === 'string' ? next : next(outcome.saved) };
  return refuse(template, await again(outcome.errors), outcome.status);
}

/** Whether a form's own checks found anything. */
export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** A page: GET `path`, drawn from `template` with the view model the handler returns. */
export function PageGet(path: string, template: string): MethodDecorator {
  return applyDecorators(Get(path), Render(template));
}

/**
 * A form's POST that saves: the handler returns `{ url }` (see `afterSubmit`) to send the browser
 * on with a 303, or refuses the form; `url` is where to go when the handler returns nothing.
 */
export function FormPost(path: string, url = ''): MethodDecorator {
  return applyDecorators(Post(path), Redirect(url, 303));
}

/** A form's POST that shows a page rather than saving (a check before a change), a 200 like a GET. */
export function CheckPost(path: string, template: string): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(200), Render(template));
}
