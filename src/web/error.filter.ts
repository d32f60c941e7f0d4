import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Csrf } from '../common/csrf';
import { isPageRequest } from '../common/request-context';
import { pageContext } from './page-context';
import { isDataException, isDatabaseUnreachable } from '../database/database-errors';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type ErrorBody, domainErrorBody, errorBody } from '../common/error-body';

/** An error page's heading in plain words: the API's reason phrases ("Bad Request") are for programs. */
const PAGE_HEADINGS: Record<number, string> = {
  400: 'There is a problem with what was sent',
  403: 'This cannot be done',
  409: 'This cannot be done now',
  413: 'The file is too large',
  415: 'The file is not a kind this service can read',
  422: 'This cannot be done',
  429: 'Too many attempts',
};

const GENERIC_MESSAGE = 'Something went wrong on our side. It has been logged; please try again.';
const DATABASE_UNREACHABLE = 'The database cannot be reached just now: please try again in a few seconds.';

/**
 * Every error leaves as `{statusCode, error, message, details?}` from the API, and as a page
 * from the pages: a sign-in redirect, "page not found", "no permission" or a plain error page.
 * Nothing from an unexpected error reaches the client: it is logged with the request id, and
 * the client gets a plain 500 naming that id. A database that cannot be reached is a 503 with
 * Retry-After: the request may succeed in a moment.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly csrf: Csrf) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception, request);
    if (response.headersSent) return;
    const retryAfter = (body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    if (isPageRequest(request) && request.accepts(['html', 'json']) === 'html') {
      this.renderPage(exception, body, request, response);
      return;
    }
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown, request: Request): ErrorBody {
    if (exception instanceof DomainError) return domainErrorBody(exception);
    if (exception instanceof HttpException) return httpExceptionBody(exception);
    const requestId = String(request.id ?? '');
    if (isDatabaseUnreachable(exception)) {
      this.logger.warn({ err: exception, requestId }, 'Database unreachable');
      return errorBody(503, DATABASE_UNREACHABLE, { retryAfterSeconds: 5 });
    }
    if (isDataException(exception)) {
      // Validation should have refused the value: logged so that the rule can be added where it belongs.
      this.logger.warn({ err: exception, requestId }, 'The database refused a value that validation let through');
      return errorBody(400, DATA_EXCEPTION_MESSAGE);
    }
    this.logger.error({ err: exception, requestId }, 'Unexpected error');
    return errorBody(500, requestId ? `${GENERIC_MESSAGE} (reference ${requestId})` : GENERIC_MESSAGE);
  }

  private renderPage(exception: unknown, body: ErrorBody, request: Request, response: Response): void {
    if (exception instanceof DomainError && exception.code === ErrorCode.Unauthenticated) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.originalUrl)}` : '';
      response.redirect(303, `/sign-in${next}`);
      return;
    }
    const context = { ...pageContext(this.csrf, request, response), requestId: request.id ?? null };
    const render = (view: string, extra: Record<string, unknown>) =>
      response.status(body.statusCode).render(view, { ...context, ...extra }, (error, html) => {
        if (error) {
          this.logger.error({ err: error, requestId: request.id }, 'Error page failed to render');
          response.status(body.statusCode).type('text/plain').send(body.message);
          return;
        }
        response.send(html);
      });
    if (body.statusCode === 404) {
      render('pages/not-found.njk', { pageTitle: 'Page not found' });
    } else if (body.statusCode === 403 && !(exception instanceof DomainError && exception.details)) {
      render('pages/forbidden.njk', { pageTitle: 'You do not have permission to see this page' });
    } else {
      const heading =
        body.statusCode >= 500
          ? 'Sorry, there is a problem with the service'
          : (PAGE_HEADINGS[body.statusCode] ?? body.error);
      render('pages/error.njk', { pageTitle: heading, statusCode: body.statusCode, heading, message: body.message });
    }
  }
}

const DATA_EXCEPTION_MESSAGE =
  'A value sent cannot be stored: a number or date is out of range, or text holds a character that cannot be kept. Nothing was changed.';

function httpExceptionBody(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return errorBody(status, response);
  const { message, details } = response as { message?: unknown; details?: unknown };
  if (Array.isArray(message)) {
    return errorBody(status, 'The request is not valid.', details ?? message);
  }
  return errorBody(status, typeof message === 'string' ? message : exception.message, details);
}
