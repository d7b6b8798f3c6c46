import countries from 'i18n-iso-countries';
import { parsePartialDate } from '../../kernel/partial-date.js';

/*
 * How a briefing writes values: dates at their precision, enum values as words. Nothing here adds
 * a fact; it only spells out what a record holds.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025" → "2025", "2025-05" → "May 2025", "2024-10-02" → "2 October 2024"; null stays null. */
export function dateText(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  if (parsed.day !== undefined) return `${parsed.day} ${MONTHS[parsed.month! - 1]} ${parsed.year}`;
  if (parsed.month !== undefined) return `${MONTHS[parsed.month - 1]} ${parsed.year}`;
  return String(parsed.year);
}

/** A period: "2 October 2024", "2–3 October 2024" is left to the reader as "2 October 2024 – 3 October 2024". */
export function periodText(start: string | null | undefined, end: string | null | undefined): string | null {
  const a = dateText(start);
  const b = dateText(end);
  if (!a) return b ? `until ${b}` : null;
  return b && b !== a ? `${a} – ${b}` : a;
}

/** "INTERGOVERNMENTAL_ORGANIZATION" → "intergovernmental organization". */
export function words(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

/** "IN_FORCE" → "In force". */
export function capitalised(value: string): string {
  const w = words(value);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  return countries.getName(code, 'en') ?? code;
}

/** Joins the present parts with a separator. */
export function joined(parts: (string | null | undefined | false)[], separator = ', '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(separator);
}

const QUALIFIERS: Record<string, string> = {
  EXACT: '',
  AT_LEAST: 'at least ',
  MORE_THAN: 'more than ',
  ABOUT: 'about ',
  AT_MOST: 'at most ',
  FEWER_THAN: 'fewer than ',
};

/** "MORE_THAN", 200 → "more than 200". */
export function figureText(qualifier: string, value: number): string {
  return `${QUALIFIERS[qualifier] ?? `${words(qualifier)} `}${value.toLocaleString('en-GB')}`;
}
