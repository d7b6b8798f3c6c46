import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { UserError, UserErrorCode, UserErrorsException } from './errors.js';

const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}

/** A trimmed, required text of at most `max` characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be blank' })
    .max(max, { message: `must be at most ${max} characters` });

/** A trimmed optional text; blank means "none" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

/** ISO 3166-1 alpha-2 code, any case in, upper case out; blank means "none". */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === '' || isCountryCode(v), {
    message: 'must be an ISO 3166-1 alpha-2 country code, e.g. "AZ"',
    params: { code: UserErrorCode.INVALID_COUNTRY },
  })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

export const webUrl = z
  .string()
  .trim()
  .max(500, { message: 'must be at most 500 characters' })
  .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v) && URL.canParse(v), {
    message: 'must be an http(s) URL',
  })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

function codeOf(issue: z.core.$ZodIssue): UserErrorCode {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' || issue.input === undefined ? UserErrorCode.REQUIRED : UserErrorCode.TOO_MANY;
    case 'too_big':
      return issue.origin === 'array' ? UserErrorCode.TOO_MANY : UserErrorCode.TOO_LONG;
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? UserErrorCode.REQUIRED : UserErrorCode.INVALID_FORMAT;
    case 'custom':
      return (issue.params?.code as UserErrorCode | undefined) ?? UserErrorCode.INVALID_FORMAT;
    default:
      return UserErrorCode.INVALID_FORMAT;
  }
}

/** Parses a mutation input; every problem becomes a userError with its field path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix: string[] = ['input']): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new UserErrorsException(
    parsed.error.issues.map((issue) =>
      UserError.of([...prefix, ...issue.path.map(String)], codeOf(issue), issue.message),
    ),
  );
}
