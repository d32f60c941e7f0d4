/**
 * Request bodies: JSON and HTML forms up to 1 MB, JSON nested at most 32 deep (the deepest request
 * of this service nests 5), and every failure of the body parsers (too large, not JSON, too deep,
 * compressed in a way it is not) answered in the usual shape with a sentence, before any route runs.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response as ExpressResponse } from 'express';
import { errorBody } from './error-body';

const BODY_LIMIT = '1mb';
export const MAX_JSON_DEPTH = 32;

class TooDeep extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
}

/**
 * Refuses JSON nested deeper than `MAX_JSON_DEPTH` before it is parsed: parsing and validating
 * thousands of levels would exhaust the stack. Brackets inside strings do not count.
 */
export function checkJsonDepth(body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) throw new TooDeep('The JSON is nested too deep.');
    } else if (byte === 0x7d || byte === 0x5d) {
      depth--;
    }
  }
}

export function configureBodyParsing(app: NestExpressApplication): void {
  app.useBodyParser('json', {
    limit: BODY_LIMIT,
    verify: (_request: unknown, _response: unknown, body: Buffer) => checkJsonDepth(body),
  });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.use(bodyParserErrorHandler);
}

/**
 * Express's body parsers fail before any route runs, with a status of their own: answer them in
 * the same shape, with a sentence instead of the parser's message.
 */
export function bodyParserErrorHandler(
  error: unknown,
  request: { headers: Record<string, string | string[] | undefined> },
  response: ExpressResponse,
  next: (error?: unknown) => void,
): void {
  const { status, type, code } = (error ?? {}) as { status?: unknown; type?: unknown; code?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) {
    next(error);
    return;
  }
  response.status(status).json(errorBody(status, bodyErrorMessage(status, type, code, request.headers)));
}

function bodyErrorMessage(
  status: number,
  type: unknown,
  code: unknown,
  headers: Record<string, string | string[] | undefined>,
): string {
  if (status === 413) return 'The request body is too large.';
  if (status === 415) return 'The request body is in a format or encoding this endpoint does not accept.';
  if (type === 'entity.too.deep') {
    return `The request body is nested more than ${MAX_JSON_DEPTH} levels deep, which no request of this service is.`;
  }
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return `The request body could not be decompressed: it says it is ${String(headers['content-encoding'])}, but it is not.`;
  }
  if (type === 'entity.parse.failed') return 'The request body could not be read; check that it is well-formed JSON.';
  return 'The request body could not be read: it may have been cut short.';
}
