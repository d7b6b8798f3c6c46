// Parsers for option values shared by several commands. A bad value is a usage error (exit 2),
// reported by commander as "error: option '--kind <kinds>' argument 'X' is invalid. …".
import { InvalidArgumentError } from 'commander';
import countries from 'i18n-iso-countries';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES, type InstitutionKind, type InstitutionStatus, isInstitutionKind, isInstitutionStatus } from '../index.js';

const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

/** ISO 3166-1 alpha-2 (any case in); the same list the server validates against. */
export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code.toUpperCase());
}

/** "network,ombudsman" → ['NETWORK', 'OMBUDSMAN']; repeatable (values accumulate). */
export function parseKinds(value: string, previous: InstitutionKind[] = []): InstitutionKind[] {
  const kinds = splitList(value).map((k) => k.toUpperCase().replaceAll('-', '_'));
  const bad = kinds.filter((k) => !isInstitutionKind(k));
  if (bad.length) throw new InvalidArgumentError(`unknown kind ${bad.join(', ')}; one of ${INSTITUTION_KINDS.join(', ')}`);
  return [...new Set([...previous, ...(kinds as InstitutionKind[])])];
}

/** "active,inactive" → ['ACTIVE', 'INACTIVE']; repeatable. */
export function parseStatuses(value: string, previous: InstitutionStatus[] = []): InstitutionStatus[] {
  const statuses = splitList(value).map((s) => s.toUpperCase());
  const bad = statuses.filter((s) => !isInstitutionStatus(s));
  if (bad.length) throw new InvalidArgumentError(`unknown status ${bad.join(', ')}; one of ${INSTITUTION_STATUSES.join(', ')}`);
  return [...new Set([...previous, ...(statuses as InstitutionStatus[])])];
}

/** "az,tr" → ['AZ', 'TR']; repeatable. */
export function parseCountries(value: string, previous: string[] = []): string[] {
  const codes = splitList(value).map((c) => c.toUpperCase());
  const bad = codes.filter((c) => !isCountryCode(c));
  if (bad.length) throw new InvalidArgumentError(`not an ISO 3166-1 alpha-2 country code: ${bad.join(', ')} (e.g. AZ)`);
  return [...new Set([...previous, ...codes])];
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return Number(value);
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number of seconds > 0');
  return n;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}
