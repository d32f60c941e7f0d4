/** What went wrong, in the domain's terms. The error filter maps each code to one HTTP status. */
export enum ErrorCode {
  NotFound = 'not_found',
  Invalid = 'invalid',
  Conflict = 'conflict',
  StaleVersion = 'stale_version',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  TooLarge = 'too_large',
  TooManyRequests = 'too_many_requests',
  Unprocessable = 'unprocessable',
  UnsupportedMediaType = 'unsupported_media_type',
  Unavailable = 'unavailable',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} was not found.`);
  }

  /** A 400 about one field, in the shape validation errors take: `details: [{field, messages}]`. */
  static invalid(message: string, field: string): DomainError {
    return new DomainError(ErrorCode.Invalid, message, [{ field, messages: [message] }]);
  }
}
