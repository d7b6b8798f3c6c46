// The cooperation network is not stored: edges are derived, when asked, from the records that
// connect two institutions. Every query here starts from a set of institutions (a BFS frontier,
// a neighbourhood's nodes, the two ends of a hop) and reads only the records touching them,
// through the foreign-key indexes (relation_subject_institution_idx, agreement_party_institution_idx,
// participation_institution_idx, visit_delegation_idx, document_party_institution_idx …).
// Fixed SQL fragments only; every value is a bound parameter.
import { agreementVisible } from '../../kernel/internal-records.js';
import { ABSENT_RSVP, ISSUING_ROLES, recordWeightSql } from './graph.weights.js';
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

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const ISSUING = quoted(ISSUING_ROLES);
const ABSENT = quoted(ABSENT_RSVP);
const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * One row per (institution `a` in the frontier, other institution `b`, record) with the record's
 * dates as partial-date text. `frontier` is a FROM item named `f` with a uuid column `id`.
 */
function branches(o: EdgeOptions, frontier: string): string[] {
  const hide = (alias: string) => (o.hideConfidential ? ` and not ${alias}.confidential` : '');
  const hideAgreement = (alias: string) => (o.hideConfidential ? ` and ${agreementVisible(alias)}` : '');
  const w = (kind: CooperationKind, status?: string) => recordWeightSql(kind, status);
  const out: string[] = [];
  if (o.kinds.includes(CooperationKind.RELATION)) {
    out.push(`select r.subject_institution_id as a, r.object_id as b, 'RELATION' as kind, r.id as record_id,
                     r.start_date as d_from, coalesce(r.end_date, r.start_date) as d_to, ${w(CooperationKind.RELATION)} as w
                from ${frontier} join relation r on r.subject_institution_id = f.id
               where r.object_id <> r.subject_institution_id`);
    out.push(`select r.object_id, r.subject_institution_id, 'RELATION', r.id, r.start_date, coalesce(r.end_date, r.start_date), ${w(CooperationKind.RELATION)}
                from ${frontier} join relation r on r.object_id = f.id
               where r.subject_institution_id is not null and r.subject_institution_id <> r.object_id`);
  }
  if (o.kinds.includes(CooperationKind.AGREEMENT)) {
    out.push(`select p.institution_id, q.institution_id, 'AGREEMENT', g.id,
                     coalesce(${DAY('least(p.signed_on, q.signed_on)')}, ${DAY('g.effective_from')}),
                     coalesce(${DAY('greatest(p.signed_on, q.signed_on)')}, ${DAY('g.effective_from')}), ${w(CooperationKind.AGREEMENT, 'g.status')}
                from ${frontier} join agreement_party p on p.institution_id = f.id
                join agreement_party q on q.agreement_id = p.agreement_id and q.institution_id <> p.institution_id
                join agreement g on g.id = p.agreement_id${hideAgreement('g')}`);
  }
  if (o.kinds.includes(CooperationKind.EVENT)) {
    // A participant is an institution, or the institution a person attended on behalf of.
    const event = (condition: string) => `select f.id, coalesce(pb.institution_id, pb.on_behalf_of_id), 'EVENT', e.id,
                     e.start_date, coalesce(e.end_date, e.start_date), ${w(CooperationKind.EVENT, 'e.status')}
                from ${frontier} join participation pa on ${condition}
                join event e on e.id = pa.event_id and e.status <> 'CANCELLED'${hide('e')}
                join participation pb on pb.event_id = pa.event_id
               where pa.rsvp not in (${ABSENT}) and pb.rsvp not in (${ABSENT})
                 and coalesce(pb.institution_id, pb.on_behalf_of_id) <> f.id`;
    out.push(event('pa.institution_id = f.id'));
    out.push(event('pa.on_behalf_of_id = f.id and pa.institution_id is null'));
  }
  if (o.kinds.includes(CooperationKind.VISIT)) {
    // The institutions of a visit: its delegation, its host and the institutions in the delegation.
    out.push(`select f.id, x.inst, 'VISIT', v.id, v.start_date, coalesce(v.end_date, v.start_date), ${w(CooperationKind.VISIT, 'v.status')}
                from ${frontier}
                join lateral (select v.id as visit_id from visit v where v.delegation_of_id = f.id
                              union select v.id from visit v where v.host_id = f.id
                              union select m.visit_id from visit_member m where m.institution_id = f.id) fv on true
                join visit v on v.id = fv.visit_id and v.status <> 'CANCELLED'${hide('v')}
                cross join lateral (select v.delegation_of_id as inst
                                    union all select v.host_id
                                    union all select m.institution_id from visit_member m where m.visit_id = v.id) x
               where x.inst is not null and x.inst <> f.id`);
  }
  if (o.kinds.includes(CooperationKind.DOCUMENT)) {
    out.push(`select p.institution_id, q.institution_id, 'DOCUMENT', d.id,
                     coalesce(d.date, least(p.date, q.date)), coalesce(d.date, greatest(p.date, q.date)), ${w(CooperationKind.DOCUMENT)}
                from ${frontier} join document_party p on p.institution_id = f.id and p.role in (${ISSUING})
                join document_party q on q.document_id = p.document_id and q.institution_id <> p.institution_id and q.role in (${ISSUING})
                join document d on d.id = p.document_id${hide('d')}`);
  }
  return out;
}

/**
 * The distinct (a, b, record) contributions from the frontier, inside the date window, with
 * `b` restricted to the institution filter when `traverse` (the ids in `always` pass regardless).
 */
export function contributionsSql(o: EdgeOptions, frontier: string, p: Params, traverse: { always?: string[] } | null): string {
  const parts = branches(o, frontier);
  if (parts.length === 0) return `select null::uuid as a, null::uuid as b, null::text as kind, null::uuid as record_id, null::text as d_from, null::text as d_to, 0::float8 as w where false`;
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
            from (${parts.join('\n union all\n')}) as c(a, b, kind, record_id, d_from, d_to, w)${join}
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

// ── Recursive-CTE traversal (the alternative the benchmarks compare against) ──────────────────

/**
 * Neighbourhood discovery in one statement: a recursive CTE that carries the frontier and the
 * visited set as arrays and keeps, per level, the heaviest `limit - visited` new institutions.
 * Returns one row per level with its institutions.
 */
export function neighbourhoodCteSql(o: EdgeOptions, centre: string, hops: number, limit: number): { sql: string; params: unknown[] } {
  const p = new Params();
  const start = `select 0 as depth, array[${p.add(centre)}::uuid] as frontier, array[${p.add(centre)}::uuid] as visited`;
  const room = p.add(limit);
  const pairs = pairWeightsSql(o, 'unnest(w.frontier) as f(id)', p, { always: [] });
  const maxDepth = p.add(hops);
  const sql = `with recursive walk(depth, frontier, visited) as (
      ${start}
      union all
      select w.depth + 1, nxt.ids, w.visited || nxt.ids
        from walk w
        cross join lateral (
          select coalesce((array_agg(r.b order by r.weight desc, r.b))[1:greatest(${room}::int + 1 - cardinality(w.visited), 0)], '{}'::uuid[]) as ids
            from (select pw.b, sum(pw.weight) as weight from (${pairs}) pw
                    left join unnest(w.visited) as seen(id) on seen.id = pw.b
                   where seen.id is null group by pw.b) r
        ) nxt
       where w.depth < ${maxDepth}::int and cardinality(w.frontier) > 0)
    select depth, frontier::text[] as ids from walk where depth > 0 order by depth`;
  return { sql, params: p.values };
}

/**
 * Shortest-distance search in one statement (forward only): levels until `to` is reached, the
 * frontier empties, `maxHops` is used up or `maxVisited` institutions were seen.
 */
export function pathCteSql(o: EdgeOptions, from: string, to: string, maxHops: number, maxVisited: number): { sql: string; params: unknown[] } {
  const p = new Params();
  const start = `select 0 as depth, array[${p.add(from)}::uuid] as frontier, array[${p.add(from)}::uuid] as visited, false as found`;
  const target = p.add(to);
  const pairs = pairWeightsSql(o, 'unnest(w.frontier) as f(id)', p, { always: [to] });
  const maxDepth = p.add(maxHops);
  const cap = p.add(maxVisited);
  const sql = `with recursive walk(depth, frontier, visited, found) as (
      ${start}
      union all
      select w.depth + 1, nxt.ids, w.visited || nxt.ids, ${target}::uuid = any(nxt.ids)
        from walk w
        cross join lateral (
          select coalesce(array_agg(distinct pw.b), '{}'::uuid[]) as ids
            from (${pairs}) pw
            left join unnest(w.visited) as seen(id) on seen.id = pw.b
           where seen.id is null
        ) nxt
       where w.depth < ${maxDepth}::int and not w.found and cardinality(w.frontier) > 0 and cardinality(w.visited) <= ${cap}::int)
    select depth, found, frontier::text[] as ids, cardinality(visited)::int as visited from walk order by depth`;
  return { sql, params: p.values };
}
