import { QueryFailedError } from 'typeorm';

/**
 * Whether an error means the database could not be reached, rather than that it refused what was
 * asked: the server is down, restarting or recovering, or the connection to it broke. Such a
 * request is answered 503 (try again), not 500.
 */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is connection exceptions. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

const BROKEN_CONNECTION =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection is not open)/;

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))
    ) {
      return true;
    }
    if (BROKEN_CONNECTION.test(current.message)) return true;
    current = (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** PostgreSQL's class 22, "data exception": the value sent, not the server, is at fault. */
export function isDataException(exception: unknown): boolean {
  if (!(exception instanceof QueryFailedError)) return false;
  const code = (exception.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('22');
}
