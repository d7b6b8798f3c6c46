import type { StatsDimension, StatsRecordType, StatsViewQuery } from '../../gql/graphql';
import { humanize } from '../../lib/words';
import { DIMENSIONS, RECORD_TYPES } from './stats-query';

export type StatsGroup = StatsViewQuery['stats']['groups'][number];

/** The view, as kept in the URL: /statistics?by=YEAR&split=TYPE&types=EVENT,VISIT&from=2023&to=2025 */
export type StatsParams = { by: StatsDimension; split: StatsDimension | null; types: StatsRecordType[]; from: string; to: string };

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isDimension = (v: string | null): v is StatsDimension => v !== null && (DIMENSIONS as string[]).includes(v);

export function readStatsParams(search: URLSearchParams): StatsParams {
  const by = search.get('by');
  const split = search.get('split');
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const primary = isDimension(by) ? by : 'YEAR';
  return {
    by: primary,
    split: isDimension(split) && split !== primary ? split : null,
    types: (search.get('types') ?? '').split(',').filter((t): t is StatsRecordType => (RECORD_TYPES as string[]).includes(t)),
    from: PARTIAL_DATE.test(from) ? from : '',
    to: PARTIAL_DATE.test(to) ? to : '',
  };
}

export function statsSearch(p: StatsParams): string {
  const search = new URLSearchParams({ by: p.by });
  if (p.split) search.set('split', p.split);
  if (p.types.length) search.set('types', p.types.join(','));
  if (p.from) search.set('from', p.from);
  if (p.to) search.set('to', p.to);
  return `?${search.toString()}`;
}

/** The `stats` arguments of a view (also the variables of its CSV export). */
export function statsVariables(p: StatsParams) {
  const filter = { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}) };
  return {
    groupBy: p.split ? [p.by, p.split] : [p.by],
    types: p.types.length ? p.types : null,
    filter: Object.keys(filter).length ? filter : null,
  };
}

export const DIMENSION_LABELS: Record<StatsDimension, string> = {
  YEAR: 'Year',
  TYPE: 'Record type',
  COUNTRY: 'Country',
  KIND: 'Kind',
  STATUS: 'Status',
  TOPIC: 'Topic',
  INSTITUTION_KIND: 'Institution kind',
  INSTITUTION: 'Institution',
};

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** How a group's value on a dimension reads: "2024", "Event", "Azerbaijan", "(undated)". */
export function valueLabel(group: StatsGroup, dimension: StatsDimension): string {
  switch (dimension) {
    case 'YEAR':
      return group.year === null ? '(undated)' : String(group.year);
    case 'TYPE':
      return humanize(group.type) || '(none)';
    case 'COUNTRY':
      if (!group.country) return '(no country)';
      try {
        return regions.of(group.country) ?? group.country;
      } catch {
        return group.country;
      }
    case 'KIND':
      return humanize(group.kind) || '(no kind)';
    case 'STATUS':
      return humanize(group.status) || '(no status)';
    case 'TOPIC':
      return group.topic?.name ?? '(untagged)';
    case 'INSTITUTION_KIND':
      return humanize(group.institutionKind) || '(none)';
    case 'INSTITUTION':
      return group.institution ? (group.institution.acronym ?? group.institution.name) : '(none)';
  }
}

/** Chart rows: one per value of the first dimension, a column per value of the second (or `count`). */
export function chartRows(groups: StatsGroup[], by: StatsDimension, split: StatsDimension | null): { rows: Record<string, string | number>[]; series: string[] } {
  const rows = new Map<string, Record<string, string | number>>();
  const series = new Set<string>();
  for (const g of groups) {
    const label = valueLabel(g, by);
    const row = rows.get(label) ?? { label };
    const key = split ? valueLabel(g, split) : 'count';
    series.add(key);
    row[key] = (Number(row[key]) || 0) + g.count;
    rows.set(label, row);
  }
  return { rows: [...rows.values()], series: [...series] };
}
