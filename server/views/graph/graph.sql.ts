// The cooperation network's links are stored in cooperation_link (one row per institution,
// partner, kind and record; kept by triggers from the records that connect two institutions:
// migration …_read_model). Every query here starts from a set of institutions (a BFS frontier,
// a neighbourhood's nodes, the two ends of a hop) and reads their links by one index range scan
// each (cooperation_link_scan_idx).
// Fixed SQL fragments only; every value is a bound parameter.
import { agreementVisible } from '../../kernel/internal-records.js';
import { recordWeightSql } from './graph.weights.js';
import { CooperationKind } from './graph.types.js';

/** Which records count, as the service resolved them from a CooperationFilter. */
export type EdgeOptions = {
  kinds: CooperationKind[];
  /** Leave out confidential agreements, events, visits and documents (VIEWERs). */
  hideConfidential: boolean;
  /** Records must reach this day or later (YYYY-MM-DD), undated ones are left out. */
  from: string | null;
  /** Records must start on or before this day (YYYY-MM-DD). */
  to: string | null;
  /** Traversal only reaches institutions of these kinds / countries (null: any). */
  institutionKinds: string[] | null;
  countries: string[] | null;
  /** Edges lighter than this do not exist. */
  minWeight: number;
};

/** Collects bound parameters in the order their `?` placeholders appear. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return '?';
  }
}

/** A PostgreSQL array literal of keys (validated UUIDs only), for a `?::uuid[]` parameter. */
export function uuidArray(ids: Iterable<string>): string {
  return `{${[...ids].join(',')}}`;
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * One row per (institution `a` in the frontier, other institution `b`, record) with the record's
 * dates as partial-date text, read from cooperation_link (`frontier` is a FROM item named `f`
 * with a uuid column `id`). The weight comes from the record's status here, so the factors stay
 * in graph.weights.ts; confidentiality by the kernel's rule on the flags the link carries.
 */
function links(o: EdgeOptions, frontier: string): string | null {
  if (o.kinds.length === 0) return null;
  const weight = `(case l.kind ${o.kinds.map((k) => `when '${k}' then ${recordWeightSql(k, 'l.status')}`).join(' ')} end)`;
  const hide = o.hideConfidential ? ` and not l.confidential and (l.kind <> 'AGREEMENT' or ${agreementVisible('l')})` : '';
  return `select l.institution_id as a, l.partner_id as b, l.kind, l.record_id, l.date_from as d_from, l.date_to as d_to, ${weight} as w
            from ${frontier} join cooperation_link l on l.institution_id = f.id
           where l.kind in (${o.kinds.map((k) => `'${k}'`).join(', ')})${hide}`;
}

/**
 * The distinct (a, b, record) contributions from the frontier, inside the date window, with
 * `b` restricted to the institution filter when `traverse` (the ids in `always` pass regardless).
 */
export function contributionsSql(o: EdgeOptions, frontier: string, p: Params, traverse: { always?: string[] } | null): string {
  const read = links(o, frontier);
  if (!read) return `select null::uuid as a, null::uuid as b, null::text as kind, null::uuid as record_id, null::text as d_from, null::text as d_to, 0::float8 as w where false`;
  // Placeholders are numbered in text order: the join's parameters come before the conditions'.
  let join = '';
  if (traverse && (o.institutionKinds || o.countries)) {
    const allowed: string[] = [];
    if (o.institutionKinds) allowed.push(`bi.kind = any(${p.add(`{${o.institutionKinds.join(',')}}`)}::text[])`);
    if (o.countries) allowed.push(`bi.country = any(${p.add(`{${o.countries.join(',')}}`)}::text[])`);
    const always = traverse.always?.length ? ` or bi.id = any(${p.add(uuidArray(traverse.always))}::uuid[])` : '';
    join = ` join institution bi on bi.id = c.b and ((${allowed.join(' and ')})${always})`;
  }
  const conditions: string[] = [];
  if (o.from) conditions.push(`c.d_to is not null and accord_date_to(c.d_to) >= ${p.add(o.from)}::date`);
  if (o.to) conditions.push(`c.d_from is not null and accord_date_from(c.d_from) <= ${p.add(o.to)}::date`);
  return `select c.a, c.b, c.kind, c.record_id, min(c.d_from) as d_from, max(c.d_to) as d_to, max(c.w) as w
            from (${read}) as c(a, b, kind, record_id, d_from, d_to, w)${join}
           where c.b is not null${conditions.map((x) => ` and ${x}`).join('')}
           group by c.a, c.b, c.kind, c.record_id`;
}

/** Per (a, b): the pair's weight, for edges that reach minWeight. */
export function pairWeightsSql(o: EdgeOptions, frontier: string, p: Params, traverse: { always?: string[] } | null): string {
  const inner = contributionsSql(o, frontier, p, traverse);
  const having = o.minWeight > 0 ? ` having sum(c.w) >= ${p.add(o.minWeight)}` : '';
  return `select c.a, c.b, sum(c.w)::float8 as weight from (${inner}) c group by c.a, c.b${having}`;
}

/** BFS step: the neighbours of the frontier (`?::uuid[]`) with their pair weights. */
export function frontierPairsSql(o: EdgeOptions, frontierIds: string[], always: string[] = []): { sql: string; params: unknown[] } {
  const p = new Params();
  const head = `with f as materialized (select distinct unnest(${p.add(uuidArray(frontierIds))}::uuid[]) as id)`;
  const body = pairWeightsSql(o, 'f', p, { always });
  return { sql: `${head} ${body}`, params: p.values };
}

export type EdgeRow = {
  a: string;
  b: string;
  weight: number;
  interactions: number;
  relations: number;
  agreements: number;
  events: number;
  visits: number;
  documents: number;
  first: string | null;
  last: string | null;
};

/**
 * Full edges (weight, counts per kind, first and last interaction) from each of `from` to the
 * institutions in `to` (null: to anyone). With `lowerFirst` only pairs a < b (each undirected
 * edge once, for a node set given as both `from` and `to`).
 */
export function edgesSql(o: EdgeOptions, from: string[], to: string[] | null, lowerFirst: boolean): { sql: string; params: unknown[] } {
  const p = new Params();
  const head = `with f as materialized (select distinct unnest(${p.add(uuidArray(from))}::uuid[]) as id)`;
  const inner = contributionsSql(o, 'f', p, null);
  const filters: string[] = [];
  if (to) filters.push(`c.b = any(${p.add(uuidArray(to))}::uuid[])`);
  if (lowerFirst) filters.push('c.a < c.b');
  const having = o.minWeight > 0 ? ` having sum(c.w) >= ${p.add(o.minWeight)}` : '';
  const count = (kind: CooperationKind) => `count(*) filter (where c.kind = '${kind}')::int`;
  const sql = `${head}
    select c.a, c.b, sum(c.w)::float8 as weight, count(*)::int as interactions,
           ${count(CooperationKind.RELATION)} as relations, ${count(CooperationKind.AGREEMENT)} as agreements,
           ${count(CooperationKind.EVENT)} as events, ${count(CooperationKind.VISIT)} as visits, ${count(CooperationKind.DOCUMENT)} as documents,
           (min(array[${DAY('accord_date_from(c.d_from)')}, c.d_from]) filter (where c.d_from is not null))[2] as first,
           (max(array[${DAY('accord_date_to(c.d_to)')}, c.d_to]) filter (where c.d_to is not null))[2] as last
      from (${inner}) c
     ${filters.length ? `where ${filters.join(' and ')}` : ''}
     group by c.a, c.b${having}`;
  return { sql, params: p.values };
}

export type RecordRow = { a: string; b: string; kind: CooperationKind; record_id: string; d_from: string | null; d_to: string | null; w: number };

/** The records behind the given pairs (a → b), latest first, at most `limit` per pair. */
export function recordsSql(o: EdgeOptions, pairs: [string, string][], limit: number): { sql: string; params: unknown[] } {
  const p = new Params();
  const head = `with f as materialized (select distinct unnest(${p.add(uuidArray(pairs.map(([a]) => a)))}::uuid[]) as id)`;
  const inner = contributionsSql(o, 'f', p, null);
  const sql = `${head}
    select a, b, kind, record_id, d_from, d_to, w from (
      select c.*, row_number() over (partition by c.a, c.b
               order by accord_date_from(coalesce(c.d_to, c.d_from)) desc nulls last, c.kind, c.record_id) as n
        from (${inner}) c
        join unnest(${p.add(uuidArray(pairs.map(([a]) => a)))}::uuid[], ${p.add(uuidArray(pairs.map(([, b]) => b)))}::uuid[]) as pr(a, b)
          on pr.a = c.a and pr.b = c.b) ranked
     where n <= ${p.add(limit)}
     order by a, b, n`;
  return { sql, params: p.values };
}

export type YearRow = { year: number | null; interactions: number; weight: number; partners: number };

/** An institution's records per calendar year of their start (null: undated). */
export function yearsSql(o: EdgeOptions, institutionId: string): { sql: string; params: unknown[] } {
  const p = new Params();
  const head = `with f as materialized (select ${p.add(institutionId)}::uuid as id)`;
  const inner = contributionsSql(o, 'f', p, null);
  const sql = `${head}
    select extract(year from accord_date_from(c.d_from))::int as year, count(distinct c.record_id)::int as interactions,
           sum(c.w)::float8 as weight, count(distinct c.b)::int as partners
      from (${inner}) c
     group by 1 order by 1 nulls last`;
  return { sql, params: p.values };
}
