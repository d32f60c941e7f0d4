import { HttpStatus } from '@nestjs/common';
import { DomainError, ErrorCode } from './domain-error';

/** The body of every error response: `{statusCode, error, message, details?}`. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

export function statusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Invalid:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.Conflict:
    case ErrorCode.StaleVersion:
      return HttpStatus.CONFLICT;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.TooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.Unprocessable:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unknownCode: never = code;
      throw new Error(`No HTTP status for error code ${String(unknownCode)}`);
    }
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function errorBody(statusCode: number, message: string, details?: unknown): ErrorBody {
  const body: ErrorBody = {
    statusCode,
    error: REASONS[statusCode] ?? 'Error',
    message,
  };
  if (details !== undefined) body.details = details;
  return body;
}

export function domainErrorBody(error: DomainError): ErrorBody {
  return errorBody(statusOf(error.code), error.message, error.details);
}
