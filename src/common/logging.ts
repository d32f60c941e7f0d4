import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options as HttpOptions } from 'pino-http';
import pretty, { type PrettyOptions } from 'pino-pretty';
import type { AppConfig } from '../config/app-config';

/**
 * Nest's start-up bookkeeping: a line for each module and for each route it maps, some 170 in
 * all. Logged at debug, so that at info the start-up says only what an operator needs.
 */
const START_UP_CONTEXTS: ReadonlySet<string> = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Readable lines for a person at a terminal; JSON lines for a file, a pipe or a log collector. */
export type LogFormat = 'pretty' | 'json';

export function logFormat(
  stdout: { isTTY?: boolean } = process.stdout,
  env: Record<string, string | undefined> = process.env,
): LogFormat {
  // Jest gives its workers a terminal's stdout, but its output is for people reading test results.
  return stdout.isTTY === true && env.JEST_WORKER_ID === undefined ? 'pretty' : 'json';
}

/** The path asked for, as Express keeps it before routing rewrites `url`. */
const path = (request: IncomingMessage) => (request as { originalUrl?: string }).originalUrl ?? request.url ?? '';
const idOf = (request: IncomingMessage) => (request as { id?: unknown }).id;

/** What a pretty line shows: `[Database] ready`, `GET /plans 200 in 12 ms (request 1f0c…)`. */
export const PRETTY_OPTIONS: PrettyOptions = {
  colorize: true,
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,context,requestId,req,res,responseTime',
  messageFormat: (log, messageKey) => {
    const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
    const request = typeof log.requestId === 'string' ? ` (request ${log.requestId})` : '';
    return `${context}${String(log[messageKey] ?? '')}${request}`;
  },
};

/**
 * One destination per process and format, shared by every logger. Writes are synchronous: each
 * line is on stdout, in order, before the code that logged it goes on, so whatever the process
 * prints next (the start-up banner) comes after it. A line costs one write to stdout.
 */
const destinations = new Map<LogFormat, pino.DestinationStream>();

function destinationFor(format: LogFormat): pino.DestinationStream {
  let destination = destinations.get(format);
  if (!destination) {
    destination =
      format === 'pretty' ? pretty({ ...PRETTY_OPTIONS, sync: true }) : pino.destination({ dest: 1, sync: true });
    destinations.set(format, destination);
  }
  return destination;
}

/**
 * Logs with the request's id (given by requestContextMiddleware) on every line: pretty on a
 * terminal, JSON otherwise (see logFormat). Nest's start-up bookkeeping is logged at debug.
 */
export function loggingParams(config: AppConfig, format: LogFormat = logFormat()): Params {
  const options: HttpOptions = {
    level: config.logLevel,
    genReqId: (request) => (idOf(request) as string | undefined) ?? randomUUID(),
    customProps: (request) => ({ requestId: idOf(request) }),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (request) => request.url === '/health' },
    hooks: {
      logMethod(args, method, level) {
        const [first] = args as unknown[];
        const context = first && typeof first === 'object' ? (first as { context?: unknown }).context : undefined;
        if (level === this.levels.values.info && typeof context === 'string' && START_UP_CONTEXTS.has(context)) {
          return this.debug(...args);
        }
        return method.apply(this, args);
      },
    },
    ...(format === 'pretty'
      ? {
          customSuccessMessage: (request, response, milliseconds) =>
            `${request.method} ${path(request)} ${response.statusCode} in ${Math.round(milliseconds)} ms`,
          customErrorMessage: (request, response, error) =>
            `${request.method} ${path(request)} ${response.statusCode} failed: ${error.message}`,
        }
      : {}),
  };
  return { pinoHttp: [options, destinationFor(format)] };
}
