import { DateTime, FixedOffsetZone } from 'luxon';

/*
 * VTIMEZONE components (RFC 5545 §3.6.5) built from the runtime's own time-zone database (the
 * same one luxon uses to compute every instant), so a calendar app that applies the VTIMEZONE
 * gets exactly the instants the registry computed. (Prebuilt VTIMEZONE collections go stale:
 * the one in @touch4it/ical-timezones still has Mexico City on summer time, abolished in 2022.)
 *
 * Every offset change between `fromYear` and `toYear` is listed as its own STANDARD or DAYLIGHT
 * observance; when the zone's last summer-time rule is regular ("last Sunday of March at 02:00"),
 * the last two observances carry a yearly RRULE so recurring events keep the right offset after
 * `toYear` too.
 */

const DAY_MS = 86_400_000;
const cache = new Map<string, string>();
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

type Transition = { at: number; from: number; to: number; dst: boolean; name: string };

const offsetAt = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

/** Every offset change of the zone in [start, end) (epoch ms), to the minute. */
function transitions(zone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let previous = offsetAt(zone, start);
  for (let t = start + DAY_MS; t < end + DAY_MS; t += DAY_MS) {
    const offset = offsetAt(zone, t);
    if (offset === previous) continue;
    let lo = t - DAY_MS;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    const after = DateTime.fromMillis(hi, { zone });
    out.push({ at: hi, from: previous, to: offset, dst: after.isInDST, name: abbreviation(after) });
    previous = offset;
  }
  return out;
}

/** "CEST", "EDT"; empty when the locale data has only "GMT+4" (TZNAME is optional). */
function abbreviation(time: DateTime): string {
  for (const locale of ['en-US', 'en-GB']) {
    const name = time.setLocale(locale).offsetNameShort ?? '';
    if (/^[A-Z]{2,6}$/.test(name)) return name;
  }
  return '';
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Local wall time of the transition, in the offset before it (how DTSTART of an observance is written). */
const localBefore = (t: Transition) => DateTime.fromMillis(t.at, { zone: FixedOffsetZone.instance(t.from) });

type YearlyRule = { month: number; weekday: number; week: number; time: string };

function ruleOf(t: Transition): YearlyRule {
  const local = localBefore(t);
  const last = local.day + 7 > local.daysInMonth!;
  return { month: local.month, weekday: local.weekday, week: last ? -1 : Math.ceil(local.day / 7), time: local.toFormat('HHmmss') };
}

const sameRule = (a: YearlyRule, b: YearlyRule) => a.month === b.month && a.weekday === b.weekday && a.week === b.week && a.time === b.time;

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, name: string, rrule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/** The VTIMEZONE component for an IANA zone, covering `fromYear`..`toYear` (and later years when its rule is regular). */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone}|${fromYear}|${toYear}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = build(zone, fromYear, toYear);
    if (cache.size > 1000) cache.clear();
    cache.set(key, text);
  }
  return text;
}

function build(zone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const list = transitions(zone, start, end);
  const initial = DateTime.fromMillis(start, { zone });
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  lines.push(
    ...observance(
      initial.isInDST ? 'DAYLIGHT' : 'STANDARD',
      initial.toFormat("yyyyLLdd'T'HHmmss"),
      initial.offset,
      initial.offset,
      abbreviation(initial),
    ),
  );

  // A regular yearly pair at the end: the last change into and out of summer time follow the same
  // rule as the year before.
  const lastOf = (dst: boolean, skip = 0) => list.filter((t) => t.dst === dst).at(-1 - skip);
  const regular = new Set<Transition>();
  for (const dst of [true, false]) {
    const last = lastOf(dst);
    const before = lastOf(dst, 1);
    if (last && before && sameRule(ruleOf(last), ruleOf(before)) && localBefore(last).year === toYear) regular.add(last);
  }
  const useRules = regular.size === 2;

  for (const t of list) {
    const local = localBefore(t).toFormat("yyyyLLdd'T'HHmmss");
    let rrule: string | undefined;
    if (useRules && regular.has(t)) {
      const r = ruleOf(t);
      rrule = `FREQ=YEARLY;BYMONTH=${r.month};BYDAY=${r.week}${WEEKDAYS[r.weekday - 1]}`;
    }
    lines.push(...observance(t.dst ? 'DAYLIGHT' : 'STANDARD', local, t.from, t.to, t.name, rrule));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
