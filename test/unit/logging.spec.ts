/** Logs for people at a terminal, JSON for everything else, and Nest's start-up bookkeeping kept out of the way. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Options as HttpOptions } from 'pino-http';
import pretty from 'pino-pretty';
import { logFormat, loggingParams, PRETTY_OPTIONS } from '../../src/common/logging';
import type { AppConfig } from '../../src/config/app-config';

const config = { logLevel: 'info' } as AppConfig;

function optionsOf(format: 'pretty' | 'json', level: string): HttpOptions {
  const [options] = loggingParams({ ...config, logLevel: level } as AppConfig, format).pinoHttp as [HttpOptions];
  return options;
}

/** A logger with the app's options writing JSON lines into an array. */
function capture(level: string): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });
  const logger = pino(optionsOf('json', level) as pino.LoggerOptions, stream);
  return {
    logger,
    lines: () =>
      written
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

describe('logging', () => {
  it('writes readable lines only to a terminal, and never inside Jest', () => {
    expect(logFormat({ isTTY: true }, {})).toBe('pretty');
    expect(logFormat({ isTTY: false }, {})).toBe('json');
    expect(logFormat({}, {})).toBe('json');
    expect(logFormat({ isTTY: true }, { JEST_WORKER_ID: '1' })).toBe('json');
  });

  it("logs Nest's line for each route and module at debug, and everything else as it was", () => {
    const atInfo = capture('info');
    atInfo.logger.info({ context: 'RouterExplorer' }, 'Mapped {/plans, GET} route');
    atInfo.logger.info({ context: 'RoutesResolver' }, 'PlansController {/api/v1/plans}:');
    atInfo.logger.info({ context: 'InstanceLoader' }, 'PlansModule dependencies initialized');
    atInfo.logger.info({ context: 'Database' }, 'Embedded database ready');
    atInfo.logger.warn({ context: 'RouterExplorer' }, 'A route is mapped twice');
    expect(atInfo.lines().map((line) => [line.level, line.msg])).toEqual([
      [30, 'Embedded database ready'],
      [40, 'A route is mapped twice'],
    ]);

    const atDebug = capture('debug');
    atDebug.logger.info({ context: 'RouterExplorer' }, 'Mapped {/plans, GET} route');
    expect(atDebug.lines()).toEqual([
      expect.objectContaining({ level: 20, context: 'RouterExplorer', msg: 'Mapped {/plans, GET} route' }),
    ]);
  });

  it('writes a pretty line with its context, and a request as what was asked, the answer and the time taken', async () => {
    let text = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    const stream = pretty({ ...PRETTY_OPTIONS, colorize: false, destination, sync: true });
    const logger = pino({ level: 'info' }, stream);
    logger.info({ context: 'Database' }, 'Embedded database ready');

    const options = optionsOf('pretty', 'info');
    const request = { method: 'GET', url: '/', originalUrl: '/plans?asOf=2009-10-20' } as unknown as IncomingMessage;
    const response = { statusCode: 200 } as ServerResponse;
    const message = options.customSuccessMessage?.(request, response, 12.4) ?? '';
    expect(message).toBe('GET /plans?asOf=2009-10-20 200 in 12 ms');
    logger.info({ requestId: 'abc-123', req: { headers: {} }, res: { statusCode: 200 }, responseTime: 12 }, message);
    await new Promise((resolve) => setImmediate(resolve));

    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\] INFO: \[Database\] Embedded database ready$/);
    expect(lines[1]).toMatch(
      /^\[\d{2}:\d{2}:\d{2}\] INFO: GET \/plans\?asOf=2009-10-20 200 in 12 ms \(request abc-123\)$/,
    );
    // JSON lines keep pino-http's own messages: machines read the fields, not the words.
    expect(optionsOf('json', 'info').customSuccessMessage).toBeUndefined();
  });
});
