import { type ArgumentMetadata, BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidateBy, type ValidationOptions } from 'class-validator';

export interface FieldError {
  field: string;
  messages: string[];
}

/** Every constraint that failed, by dotted field path (`actions.2.title`). */
export function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The 400 for field errors: `{message, details: [{field, messages}]}`, the message listing them all. */
export function invalidRequest(details: FieldError[]): BadRequestException {
  return new BadRequestException({
    message: `The request is not valid: ${details
      .flatMap((detail) => detail.messages.map((message) => message.replace(/\.$/, '')))
      .join('; ')}.`,
    details,
  });
}

/**
 * NUL, which PostgreSQL refuses in text, and half of a UTF-16 surrogate pair, which has no UTF-8
 * form at all: text that holds either cannot be stored as it was sent.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unstorableMessage(field: string, text: string): string {
  const found = UNSTORABLE.exec(text)?.[0] ?? '';
  const code = `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return found === '\u0000'
    ? `${field} contains a NUL character (U+0000), which cannot be stored. Remove it and send it again.`
    : `${field} contains half of a character (${code} on its own), which cannot be stored. The text may have been cut in the middle of a symbol: send it again whole.`;
}

/**
 * Every place in a request's body, query or parameters where text cannot be stored, by field path
 * (names count too). Nesting deeper than a body may be is not followed.
 */
export function unstorableText(value: unknown, field = '', depth = 0): FieldError[] {
  const name = field || 'The request';
  if (typeof value === 'string') {
    return UNSTORABLE.test(value) ? [{ field: name, messages: [unstorableMessage(name, value)] }] : [];
  }
  if (value === null || typeof value !== 'object' || depth > 40) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = field ? `${field}.${key}` : key;
    return UNSTORABLE.test(key)
      ? [{ field: path, messages: [unstorableMessage(`The name of ${path}`, key)] }]
      : unstorableText(inner, path, depth + 1);
  });
}

/**
 * The global pipe: strict DTO validation (unknown fields refused, every problem listed by field),
 * and, before it, for every body, query and parameter whatever its type (an HTML form's too), a
 * refusal of text that cannot be stored. An uploaded file's name is checked as `file`.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problems =
      metadata.type === 'custom'
        ? isUploadedFile(value)
          ? unstorableText(value.originalname, 'file')
          : []
        : unstorableText(value, metadata.data ?? '');
    if (problems.length) throw invalidRequest(problems);
    return super.transform(value, metadata);
  }
}

function isUploadedFile(value: unknown): value is { originalname: string } {
  return typeof (value as { originalname?: unknown } | null)?.originalname === 'string';
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => invalidRequest(flatten(errors)),
  });
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date, written YYYY-MM-DD with nothing after it, from 1900 to 2999. */
export function isDateOnly(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date-only field: `YYYY-MM-DD`, a real date; a time part is refused, not dropped. */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: isDateOnly,
        defaultMessage: (args) =>
          `${args?.property} must be a date in the form YYYY-MM-DD, such as 2009-10-01, without a time.`,
      },
    },
    options,
  );
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** A number a `numeric(precision, scale)` column holds once rounded to `scale` places. */
export function withinNumeric(value: number, column: { precision: number; scale: number }): boolean {
  return Math.abs(value) < 10 ** (column.precision - column.scale) - 0.5 * 10 ** -column.scale;
}

/** A decimal number written plainly (no exponent, no thousands separators) that the column holds. */
export function fitsNumeric(value: unknown, column: { precision: number; scale: number }): value is string {
  return typeof value === 'string' && DECIMAL.test(value) && withinNumeric(Number(value), column);
}

/** Indicator values, baselines, targets and tolerances: `numeric(14, 4)`. */
export const INDICATOR_NUMBER = { precision: 14, scale: 4 } as const;

/** A decimal field stored as `numeric(precision, scale)`, sent as a string such as "72.5". */
export function IsDecimal(
  column: { precision: number; scale: number } = INDICATOR_NUMBER,
  options?: ValidationOptions,
): PropertyDecorator {
  const digits = column.precision - column.scale;
  return ValidateBy(
    {
      name: 'fitsNumeric',
      constraints: [column.precision, column.scale],
      validator: {
        validate: (value) => fitsNumeric(value, column),
        defaultMessage: (args) =>
          `${args?.property} must be a number with at most ${digits} digits before the point, such as 10.4.`,
      },
    },
    options,
  );
}
