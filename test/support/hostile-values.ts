/**
 * Hostile values for every DTO, as an attacker or a careless script would send them: text with
 * NUL, half characters, bidi marks and 20,000 letters; numbers past every column; dates with
 * times and in year 0; wrong types, lists and objects where a value belongs, and unknown fields.
 * Used by the validation property tests and by the fault benchmark.
 */
import type { Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';

export const isDto = (type: unknown): type is Type =>
  typeof type === 'function' && getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;

/** Where @nestjs/swagger keeps what @ApiProperty says (its constants are not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/**
 * A DTO's properties as its OpenAPI description gives them (independently of its validation):
 * whether each is a date, and the DTO of a nested object or list.
 */
export interface Property {
  name: string;
  date: boolean;
  nested: Type | undefined;
}

export function propertiesOf(dto: Type): Property[] {
  const names = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((meta) => meta.propertyName),
  );
  return [...names].map((name) => {
    const api = (Reflect.getMetadata(API_MODEL_PROPERTIES, dto.prototype, name) ?? {}) as {
      format?: string;
      type?: unknown;
    };
    const type = [api.type].flat()[0];
    return { name, date: api.format === 'date', nested: isDto(type) ? type : undefined };
  });
}

const HOSTILE_CHARACTERS = ['\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '\n', '"', '<', '=', '\\', '%00', 'é'];
export const hostileText = fc.oneof(
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...HOSTILE_CHARACTERS),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    ),
  }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', 'a'.repeat(20_000)),
);
export const numberText = fc.oneof(
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom(
    '1e400',
    '9999999999.99999',
    '9999999999.9999',
    '-9999999999.9999',
    '.5',
    '+5',
    '5.',
    '1,000',
    'NaN',
    ' 5',
    '0x10',
  ),
);
export const dateText = fc.oneof(
  fc.constantFrom(
    '2009-10-01T10:00:00',
    '2009-10-01 10:00',
    '2009-10-01T00:00:00Z',
    '0000-01-01',
    '2009-02-30',
    '99999-01-01',
    '2009-1-1',
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);
const numbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(1e20, -1, 2 ** 31, 2 ** 53 + 2, -0, 0.5),
);
const leaf = fc.oneof(hostileText, numberText, dateText, numbers, fc.boolean(), fc.constant(null));
const anything = fc.oneof(
  { depthSize: 'small' },
  leaf,
  fc.array(leaf, { maxLength: 3 }),
  fc.dictionary(hostileText, leaf, { maxKeys: 3 }),
);

/** A body for `dto`: each property left out or given a hostile value; nested DTOs filled the same way. */
export function hostileBody(dto: Type, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const property of propertiesOf(dto)) {
    const nested =
      property.nested && depth < 2
        ? [hostileBody(property.nested, depth + 1), fc.array(hostileBody(property.nested, depth + 1), { maxLength: 2 })]
        : [];
    fields[property.name] = fc.oneof(anything, ...nested);
  }
  return fc.record({ ...fields, [`unknown${depth}`]: anything }, { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** A query for `dto`: what a query string parses to, strings (or lists of them). */
export function hostileQuery(dto: Type): fc.Arbitrary<Record<string, unknown>> {
  const text = fc.oneof(hostileText, numberText, dateText);
  const fields = Object.fromEntries(
    propertiesOf(dto).map((property) => [property.name, fc.oneof(text, fc.array(text, { maxLength: 2 }))]),
  );
  return fc.record(fields, { requiredKeys: [] });
}
