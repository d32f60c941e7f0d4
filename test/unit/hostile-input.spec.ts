/**
 * Whatever is sent to a route that writes (and to every query a route reads), the validation path
 * answers a 400 that names the fields at fault, or lets through only what can be stored: no text
 * with NUL or half a character, no date with a time, no number past its column. Every DTO of every
 * route is found from the app's own modules and filled with generated hostile values.
 */
import { BadRequestException, type Type } from '@nestjs/common';
import fc from 'fast-check';
import { AppModule } from '../../src/app.module';
import { MAX_JSON_DEPTH, checkJsonDepth } from '../../src/common/body-parsing';
import { createValidationPipe, unstorableText } from '../../src/common/validation';
import type { AppConfig } from '../../src/config/app-config';
import { hostileBody, hostileQuery, isDto, propertiesOf } from '../support/hostile-values';
import { controllerRoutes, controllersOf } from '../support/routes';

const CONFIG = { logLevel: 'silent', exampleData: 'none', databaseUrl: null, dataDir: '/nonexistent' } as AppConfig;
const routes = controllerRoutes(controllersOf(AppModule.forRoot(CONFIG)));

/** Each DTO a route takes as its body (writes) or its query (reads and writes), once. */
function dtosOf(source: 'body' | 'query'): [string, Type][] {
  const found = new Map<Type, string>();
  for (const route of routes) {
    for (const argument of route.arguments) {
      if (argument.source === source && isDto(argument.type) && !found.has(argument.type)) {
        found.set(argument.type, `${route.method} ${route.path}`);
      }
    }
  }
  return [...found].map(([dto, route]) => [`${dto.name} (${route})`, dto]);
}

/** Indicator values, baselines, targets and tolerances: numeric(14, 4) columns. */
const NUMERIC_FIELDS = new Set(['baselineValue', 'targetValue', 'toleranceValue', 'value']);

const pipe = createValidationPipe();

/** What the pipe made of `value`: the DTO it let through, or the fields of its 400. */
async function validated(
  value: unknown,
  type: 'body' | 'query',
  dto: Type,
): Promise<{ passed: unknown } | { refused: { field: string; messages: string[] }[] }> {
  try {
    return { passed: await pipe.transform(value, { type, metatype: dto, data: undefined }) };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    const { message, details } = error.getResponse() as {
      message: string;
      details: { field: string; messages: string[] }[];
    };
    expect(message).toMatch(/^The request is not valid: .+\.$/s);
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) {
      expect(typeof detail.field).toBe('string');
      expect(detail.messages.length).toBeGreaterThan(0);
    }
    return { refused: details };
  }
}

/** Text PostgreSQL stores as it is: no NUL, and well-formed UTF-16 (it survives UTF-8 and back). */
function assertStorableText(value: unknown): void {
  if (typeof value === 'string') {
    expect(value.includes('\u0000')).toBe(false);
    expect(Buffer.from(value, 'utf8').toString('utf8')).toBe(value);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      assertStorableText(key);
      assertStorableText(inner);
    }
  }
}

/** Everything a DTO let through can be stored: dates are dates, decimals fit their column, text is text. */
function assertStorable(value: unknown, dto: Type): void {
  assertStorableText(value);
  if (value === null || typeof value !== 'object') return;
  for (const property of propertiesOf(dto)) {
    const held = (value as Record<string, unknown>)[property.name];
    if (held === undefined || held === null) continue;
    if (property.date) expect(held).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (property.date) expect(new Date(`${String(held)}T00:00:00Z`).toISOString().slice(0, 10)).toBe(held);
    if (NUMERIC_FIELDS.has(property.name)) {
      expect(held).toMatch(/^[+-]?(\d+\.?\d*|\.\d+)$/);
      expect(Math.abs(Number(held))).toBeLessThan(9_999_999_999.99995);
    }
    if (property.nested) {
      for (const inner of [held].flat()) assertStorable(inner, property.nested);
    }
  }
}

describe('every DTO of every route, against hostile values', () => {
  const bodies = dtosOf('body');
  const queries = dtosOf('query');

  it('finds the DTOs of the write routes and of the queries', () => {
    expect(bodies.length).toBeGreaterThan(20);
    expect(queries.length).toBeGreaterThan(2);
  });

  it.each(bodies)('%s: a 400 naming the fields, or only what can be stored', async (_, dto) => {
    await fc.assert(
      fc.asyncProperty(hostileBody(dto), async (body) => {
        const unstorable = unstorableText(body).map((problem) => problem.field);
        const outcome = await validated(body, 'body', dto);
        if ('passed' in outcome) {
          expect(unstorable).toEqual([]);
          assertStorable(outcome.passed, dto);
        } else if (unstorable.length) {
          expect(outcome.refused.map((detail) => detail.field)).toEqual(unstorable);
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each(queries)('%s as a query: a 400 naming the fields, or only what can be stored', async (_, dto) => {
    await fc.assert(
      fc.asyncProperty(hostileQuery(dto), async (query) => {
        const outcome = await validated(query, 'query', dto);
        if ('passed' in outcome) assertStorable(outcome.passed, dto);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses text that cannot be stored in a page form, a query parameter, a path parameter and a file name', async () => {
    const cases: [unknown, { type: 'body' | 'query' | 'param' | 'custom'; data?: string }, string][] = [
      [{ narrative: 'Done\u0000' }, { type: 'body' }, 'narrative'],
      [{ 'value-1': ['1', 'x\ud800'] }, { type: 'body' }, 'value-1.1'],
      ['2009\u0000', { type: 'query', data: 'next' }, 'next'],
      [{ 'a\u0000': 'x' }, { type: 'query' }, 'a\u0000'],
      ['\udc00', { type: 'param', data: 'id' }, 'id'],
      [{ buffer: Buffer.alloc(1), originalname: 'report\u0000.pdf' }, { type: 'custom' }, 'file'],
    ];
    for (const [value, metadata, field] of cases) {
      const refused = await pipe.transform(value, { ...metadata, metatype: Object }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(BadRequestException);
      const { details } = (refused as BadRequestException).getResponse() as { details: { field: string }[] };
      expect(details.map((detail) => detail.field)).toEqual([field]);
    }
    expect(await pipe.transform({ narrative: 'Done 👍 – ok' }, { type: 'body', metatype: Object })).toEqual({
      narrative: 'Done 👍 – ok',
    });
  });
});

describe('JSON nesting', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it(`lets JSON through up to ${MAX_JSON_DEPTH} deep, brackets in strings not counting, and refuses it deeper`, () => {
    expect(() => checkJsonDepth(Buffer.from(nested(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => checkJsonDepth(Buffer.from(nested(5000)))).toThrow('The JSON is nested too deep.');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 40 }), (value) => {
        const json = JSON.stringify(value);
        const depthOf = (item: unknown): number =>
          item !== null && typeof item === 'object'
            ? 1 + Math.max(0, ...Object.values(item as object).map(depthOf))
            : 0;
        const check = () => checkJsonDepth(Buffer.from(json));
        if (depthOf(value) > MAX_JSON_DEPTH) expect(check).toThrow();
        else expect(check).not.toThrow();
      }),
    );
  });
});
