import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from './schedule.js';
import { expandYearly, parseRecurrence } from './recurrence.js';

const rule = (text: string) => {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rule;
};

describe('parseRecurrence', () => {
  it('accepts the yearly subset and canonicalises it', () => {
    expect(parseRecurrence('rrule:freq=yearly')).toMatchObject({ ok: true, canonical: 'FREQ=YEARLY' });
    expect(parseRecurrence('BYMONTHDAY=20;FREQ=YEARLY;BYMONTH=11,10;INTERVAL=2;UNTIL=20301231')).toMatchObject({
      ok: true,
      canonical: 'FREQ=YEARLY;INTERVAL=2;UNTIL=20301231;BYMONTH=10,11;BYMONTHDAY=20',
    });
  });

  it.each([
    '',
    'FREQ=MONTHLY',
    'FREQ=YEARLY;BYDAY=MO',
    'FREQ=YEARLY;BYSETPOS=1',
    'INTERVAL=2',
    'FREQ=YEARLY;FREQ=YEARLY',
    'FREQ=YEARLY;INTERVAL=0',
    'FREQ=YEARLY;INTERVAL=x',
    'FREQ=YEARLY;COUNT=0',
    'FREQ=YEARLY;COUNT=2;UNTIL=20300101',
    'FREQ=YEARLY;UNTIL=20300230',
    'FREQ=YEARLY;BYMONTH=13',
    'FREQ=YEARLY;BYMONTHDAY=32',
    'FREQ=YEARLY;BYMONTHDAY=0',
    'FREQ=YEARLY;COUNT=',
  ])('refuses %j', (text) => {
    expect(parseRecurrence(text).ok).toBe(false);
  });
});

describe('expandYearly', () => {
  it('repeats the first occurrence every year with the same length', () => {
    expect(expandYearly('2024-10-20', 31, rule('FREQ=YEARLY'), { from: '2026-01-01', to: '2027-12-31' })).toEqual([
      { startDate: '2026-10-20', endDate: '2026-11-20' },
      { startDate: '2027-10-20', endDate: '2027-11-20' },
    ]);
  });

  it('honours INTERVAL, COUNT and UNTIL (the start counts as the first occurrence)', () => {
    const starts = (text: string, window = {}) => expandYearly('2024-03-01', 0, rule(text), window).map((o) => o.startDate);
    expect(starts('FREQ=YEARLY;INTERVAL=3;COUNT=3')).toEqual(['2024-03-01', '2027-03-01', '2030-03-01']);
    expect(starts('FREQ=YEARLY;UNTIL=20260301')).toEqual(['2024-03-01', '2025-03-01', '2026-03-01']);
    expect(starts('FREQ=YEARLY;COUNT=3', { from: '2025-06-01' })).toEqual(['2026-03-01']);
  });

  it('expands BYMONTH and BYMONTHDAY, skipping days a month lacks', () => {
    const starts = expandYearly('2024-01-31', 0, rule('FREQ=YEARLY;BYMONTH=1,2,4;BYMONTHDAY=31,-1'), { to: '2024-12-31' }).map((o) => o.startDate);
    expect(starts).toEqual(['2024-01-31', '2024-02-29', '2024-04-30']);
    const leap = expandYearly('2024-02-29', 0, rule('FREQ=YEARLY'), { to: '2032-12-31' }).map((o) => o.startDate);
    expect(leap).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
  });

  it('caps the number of occurrences and stops at the end of the calendar', () => {
    expect(expandYearly('2024-01-01', 0, rule('FREQ=YEARLY'))).toHaveLength(50);
    expect(expandYearly('2024-01-01', 0, rule('FREQ=YEARLY'), {}, 5)).toHaveLength(5);
    expect(expandYearly('2024-02-01', 0, rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'))).toEqual([{ startDate: '2024-02-01', endDate: '2024-02-01' }]);
  });
});

describe('canonicalTimeZone', () => {
  it('accepts IANA names in any case and refuses offsets and unknown zones', () => {
    expect(canonicalTimeZone('asia/baku')).toBe('Asia/Baku');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['+04:00', 'GMT+4', 'UTC-02:00', 'Mars/Olympus', 'Asia/Baku; drop table', '']) expect(canonicalTimeZone(bad)).toBeNull();
  });
});
