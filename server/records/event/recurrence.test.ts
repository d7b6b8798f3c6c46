import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from './schedule.js';
import { expandRule, parseRecurrence, untilOf } from './recurrence.js';

const rule = (text: string) => {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rule;
};
const starts = (start: string, text: string, window = {}, cap = 50, exceptions: string[] = []) =>
  expandRule(start, 0, rule(text), window, cap, exceptions).map((o) => o.startDate);

describe('parseRecurrence', () => {
  it('accepts RFC 5545 rules of day-level frequencies and canonicalises them', () => {
    expect(parseRecurrence('rrule:freq=yearly')).toMatchObject({ ok: true, canonical: 'FREQ=YEARLY' });
    expect(parseRecurrence('FREQ=MONTHLY;BYDAY=3TH')).toMatchObject({ ok: true, canonical: 'FREQ=MONTHLY;BYDAY=3TH' });
    expect(parseRecurrence('FREQ=YEARLY;BYMONTH=6;BYDAY=3TH')).toMatchObject({ ok: true });
    expect(untilOf(rule('FREQ=YEARLY;UNTIL=20301231'))).toBe('2030-12-31');
  });

  it.each([
    '',
    'FREQ=HOURLY',
    'FREQ=BOGUS',
    'FREQ=MONTHLY;FOO=1',
    'FREQ=MONTHLY;BYDAY=XX',
    'INTERVAL=2',
    'FREQ=YEARLY;FREQ=YEARLY',
    'FREQ=YEARLY;INTERVAL=0',
    'FREQ=YEARLY;COUNT=0',
    'FREQ=YEARLY;COUNT=2;UNTIL=20300101',
    'FREQ=YEARLY;UNTIL=20300230',
    'FREQ=YEARLY;BYMONTH=',
  ])('refuses %j', (text) => {
    expect(parseRecurrence(text).ok).toBe(false);
  });
});

describe('expandRule', () => {
  it('expands monthly calls on the third Thursday, leaving out exceptions', () => {
    expect(starts('2027-01-21', 'FREQ=MONTHLY;BYDAY=3TH', { to: '2027-05-31' }, 50, ['2027-03-18'])).toEqual(['2027-01-21', '2027-02-18', '2027-04-15', '2027-05-20']);
  });

  it('expands the third Thursday of June', () => {
    expect(starts('2027-06-17', 'FREQ=YEARLY;BYMONTH=6;BYDAY=3TH', { to: '2030-12-31' })).toEqual(['2027-06-17', '2028-06-15', '2029-06-21', '2030-06-20']);
  });

  it('keeps occurrences overlapping the window, by their length, and stops at COUNT, UNTIL and the cap', () => {
    expect(expandRule('2024-10-20', 31, rule('FREQ=YEARLY'), { from: '2026-01-01', to: '2027-12-31' })).toEqual([
      { startDate: '2026-10-20', endDate: '2026-11-20', ruleDate: '2026-10-20' },
      { startDate: '2027-10-20', endDate: '2027-11-20', ruleDate: '2027-10-20' },
    ]);
    expect(starts('2024-03-01', 'FREQ=YEARLY;COUNT=2')).toEqual(['2024-03-01', '2025-03-01']);
    expect(starts('2024-03-01', 'FREQ=YEARLY;UNTIL=20260301')).toEqual(['2024-03-01', '2025-03-01', '2026-03-01']);
    expect(starts('2024-01-01', 'FREQ=YEARLY')).toHaveLength(50);
    expect(starts('2024-01-01', 'FREQ=YEARLY', {}, 5)).toHaveLength(5);
  });
});

describe('expandRule with moved occurrences', () => {
  const monthly = rule('FREQ=MONTHLY;BYDAY=3TH');
  it('places a moved occurrence on its new day, in start order, and keeps its rule day', () => {
    const moves = new Map([['2027-03-18', '2027-03-24']]);
    expect(expandRule('2027-01-21', 0, monthly, { to: '2027-04-30' }, 50, [], moves).map((o) => [o.startDate, o.ruleDate])).toEqual([
      ['2027-01-21', '2027-01-21'],
      ['2027-02-18', '2027-02-18'],
      ['2027-03-24', '2027-03-18'],
      ['2027-04-15', '2027-04-15'],
    ]);
  });

  it('follows a move into or out of the window, whichever way it goes', () => {
    // April's call moved back into March: in a March window, not in an April one.
    const earlier = new Map([['2027-04-15', '2027-03-30']]);
    expect(expandRule('2027-01-21', 0, monthly, { from: '2027-03-01', to: '2027-03-31' }, 50, [], earlier).map((o) => o.startDate)).toEqual(['2027-03-18', '2027-03-30']);
    expect(expandRule('2027-01-21', 0, monthly, { from: '2027-04-01', to: '2027-04-30' }, 50, [], earlier)).toEqual([]);
    // March's call moved into April: gone from March.
    const later = new Map([['2027-03-18', '2027-04-01']]);
    expect(expandRule('2027-01-21', 0, monthly, { from: '2027-03-01', to: '2027-03-31' }, 50, [], later)).toEqual([]);
  });
});

describe('canonicalTimeZone', () => {
  it('accepts IANA names in any case and refuses offsets and unknown zones', () => {
    expect(canonicalTimeZone('asia/baku')).toBe('Asia/Baku');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['+04:00', 'GMT+4', 'UTC-02:00', 'Mars/Olympus', 'Asia/Baku; drop table', '']) expect(canonicalTimeZone(bad)).toBeNull();
  });
});
