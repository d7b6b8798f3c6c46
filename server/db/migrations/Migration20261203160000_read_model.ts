import { Migration } from '@mikro-orm/migrations';

/*
 * The read model for the whole-registry views (docs: README "Read model"):
 *   timeline_item     one row per timeline item, in the timeline's sort order (keyset indexes)
 *   stats_fact        one row per record as `stats` counts it; stats_count: its counts per
 *                     (type, year, kind, status, confidential)
 *   cooperation_link  one row per (institution, partner, kind, record) of the cooperation network
 * Each is defined by a view over the record tables (accord_*_source) and kept equal to it by
 * statement-level triggers on every record table: a write refreshes the rows of the records it
 * touched, in the same transaction, whatever wrote it (API, import, seed, bench data, psql).
 * `npm run db:rebuild-read-model` (accord_rebuild_read_model()) refills everything;
 * accord_read_model_drift() compares the tables with their views.
 *
 * Confidentiality is not decided here: the rows carry the record's `confidential` flag and
 * status, and the views apply server/kernel/internal-records.ts's rule to them when they read.
 * The rules (cancelled, absent, issuing roles, dates) are those of server/views/timeline/
 * timeline.sql.ts, server/views/analytics/analytics.service.ts and server/views/graph/graph.sql.ts
 * at the time of this migration; a change there needs a migration replacing the view.
 */

const TIMELINE_SOURCE = `create view accord_timeline_item_source as
select i.record_id, i.id, i.k::smallint as k, i.kind::text as kind, i.d, i.e, i.title, i.detail, i.other, i.status, i.country, i.confidential,
       coalesce(case length(i.d) when 4 then i.d || '-01-01' when 7 then i.d || '-01' else i.d end, '9999-99-99') collate "C" as sort_asc,
       coalesce(case length(i.d) when 4 then i.d || '-01-01' when 7 then i.d || '-01' else i.d end, '0000-00-00') collate "C" as sort_desc,
       coalesce(length(i.d), 0)::smallint as prec
  from (
    select r.id as record_id, r.id, 1 as k, 'RELATION_START' as kind, r.start_date::text as d, r.start_date::text as e,
           null::text as title, r.kind::text as detail, null::text as other, null::text as status, null::text as country, false as confidential
      from relation r where r.start_date is not null
    union all
    select r.id, r.id, 7, 'RELATION_END', r.end_date, r.end_date, null, r.kind, null, null, null, false
      from relation r where r.end_date is not null
    union all
    select x.agreement_id, x.id, 2, 'AGREEMENT_ACTION', to_char(x.date, 'YYYY-MM-DD'), to_char(x.date, 'YYYY-MM-DD'),
           a.title, x.kind, x.agreement_id::text, a.status, null, a.confidential
      from agreement_action x join agreement a on a.id = x.agreement_id
    union all
    select x.id, x.id, 3, 'EVENT', coalesce(x.start_date, x.end_date), coalesce(x.end_date, x.start_date), x.title, x.kind, null, x.status, x.country, x.confidential
      from event x
    union all
    select x.id, x.id, 4, 'VISIT', coalesce(x.start_date, x.end_date), coalesce(x.end_date, x.start_date), x.title, x.purpose, null, x.status, x.country, x.confidential
      from visit x
    union all
    select x.id, x.id, 5, 'DOCUMENT', x.date, x.date, x.title, x.kind, null, null, null, x.confidential
      from document x
    union all
    select x.id, x.id, 6, 'COMMITMENT', x.due_date, x.due_date, x.title, null, null, x.status, null, x.confidential
      from commitment x
  ) i`;

const STATS_SOURCE = `create view accord_stats_fact_source as
select 'EVENT'::text as type, x.id, coalesce(x.start_date, x.end_date)::text as d, coalesce(x.end_date, x.start_date)::text as e,
       x.country::text as place, x.kind::text as kind, x.status::text as status, x.confidential
  from event x
union all
select 'VISIT', x.id, coalesce(x.start_date, x.end_date), coalesce(x.end_date, x.start_date), x.country, x.purpose, x.status, x.confidential
  from visit x
union all
select 'AGREEMENT', x.id, y.d, y.d, null, x.kind, x.status, x.confidential
  from agreement x
  cross join lateral (select to_char(coalesce(x.effective_from,
      (select min(p.signed_on) from agreement_party p where p.agreement_id = x.id),
      (select min(a.date) from agreement_action a where a.agreement_id = x.id)), 'YYYY-MM-DD') as d) y
union all
select 'DOCUMENT', x.id, x.date, x.date, null, x.kind, null, x.confidential
  from document x
union all
select 'COMMITMENT', x.id, x.due_date, x.due_date, null, null, x.status, x.confidential
  from commitment x
union all
-- A relation's status (upcoming, active, ended) depends on today: computed when read, not stored.
select 'RELATION', x.id, x.start_date, x.end_date, null, x.kind, null, false
  from relation x`;

const LINK_SOURCE = `create view accord_cooperation_link_source as
select a as institution_id, b as partner_id, k as kind, rid as record_id, min(df) as date_from, max(dt) as date_to,
       max(st) as status, bool_or(c) as confidential
  from (
    select r.subject_institution_id, r.object_id, 'RELATION', r.id, r.start_date::text, coalesce(r.end_date, r.start_date)::text, null::text, false
      from relation r where r.subject_institution_id is not null and r.subject_institution_id <> r.object_id
    union all
    select r.object_id, r.subject_institution_id, 'RELATION', r.id, r.start_date, coalesce(r.end_date, r.start_date), null, false
      from relation r where r.subject_institution_id is not null and r.subject_institution_id <> r.object_id
    union all
    select p.institution_id, q.institution_id, 'AGREEMENT', g.id,
           coalesce(to_char(least(p.signed_on, q.signed_on), 'YYYY-MM-DD'), to_char(g.effective_from, 'YYYY-MM-DD')),
           coalesce(to_char(greatest(p.signed_on, q.signed_on), 'YYYY-MM-DD'), to_char(g.effective_from, 'YYYY-MM-DD')), g.status, g.confidential
      from agreement g join agreement_party p on p.agreement_id = g.id
      join agreement_party q on q.agreement_id = g.id and q.institution_id <> p.institution_id
    union all
    select coalesce(pa.institution_id, pa.on_behalf_of_id), coalesce(pb.institution_id, pb.on_behalf_of_id), 'EVENT', e.id,
           e.start_date, coalesce(e.end_date, e.start_date), e.status, e.confidential
      from event e join participation pa on pa.event_id = e.id join participation pb on pb.event_id = e.id
     where e.status <> 'CANCELLED' and pa.rsvp not in ('DECLINED', 'NO_SHOW') and pb.rsvp not in ('DECLINED', 'NO_SHOW')
       and coalesce(pa.institution_id, pa.on_behalf_of_id) is not null and coalesce(pb.institution_id, pb.on_behalf_of_id) is not null
       and coalesce(pa.institution_id, pa.on_behalf_of_id) <> coalesce(pb.institution_id, pb.on_behalf_of_id)
    union all
    select x.inst, y.inst, 'VISIT', v.id, v.start_date, coalesce(v.end_date, v.start_date), v.status, v.confidential
      from visit v
      cross join lateral (select v.delegation_of_id as inst union select v.host_id union select m.institution_id from visit_member m where m.visit_id = v.id) x
      cross join lateral (select v.delegation_of_id as inst union select v.host_id union select m.institution_id from visit_member m where m.visit_id = v.id) y
     where v.status <> 'CANCELLED' and x.inst is not null and y.inst is not null and x.inst <> y.inst
    union all
    select p.institution_id, q.institution_id, 'DOCUMENT', d.id, coalesce(d.date, least(p.date, q.date)), coalesce(d.date, greatest(p.date, q.date)), null, d.confidential
      from document d join document_party p on p.document_id = d.id
      join document_party q on q.document_id = d.id and q.institution_id <> p.institution_id
     where p.role in ('ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY')
       and q.role in ('ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY')
  ) l(a, b, k, rid, df, dt, st, c)
 group by a, b, k, rid`;

const TABLES = [
  `create table "timeline_item" (
    "record_id" uuid not null, "id" uuid not null, "k" smallint not null, "kind" text not null, "d" text null, "e" text null,
    "title" text null, "detail" text null, "other" text null, "status" text null, "country" text null, "confidential" boolean not null,
    "sort_asc" text collate "C" not null, "sort_desc" text collate "C" not null, "prec" smallint not null,
    primary key ("k", "id"));`,
  `create index "timeline_item_record_idx" on "timeline_item" ("record_id");`,
  `create index "timeline_item_asc_idx" on "timeline_item" ("sort_asc", "prec", "k", "id");`,
  `create index "timeline_item_desc_idx" on "timeline_item" ("sort_desc", "prec", "k", "id");`,
  `create table "stats_fact" (
    "type" text not null, "id" uuid not null, "d" text null, "e" text null, "place" text null, "kind" text null, "status" text null,
    "confidential" boolean not null, primary key ("id"));`,
  `create table "stats_count" (
    "type" text not null, "year" int null, "kind" text null, "status" text null, "confidential" boolean not null, "n" bigint not null);`,
  `create unique index "stats_count_key" on "stats_count" ("type", "year", "kind", "status", "confidential") nulls not distinct;`,
  `create table "cooperation_link" (
    "institution_id" uuid not null, "partner_id" uuid not null, "kind" text not null, "record_id" uuid not null,
    "date_from" text null, "date_to" text null, "status" text null, "confidential" boolean not null,
    primary key ("institution_id", "partner_id", "kind", "record_id"));`,
  `create index "cooperation_link_record_idx" on "cooperation_link" ("record_id");`,
  `create index "cooperation_link_scan_idx" on "cooperation_link" ("institution_id")
    include ("partner_id", "kind", "record_id", "date_from", "date_to", "status", "confidential");`,
];

const FUNCTIONS = [
  // The rows of some records (of one kind: its table name locks them), recomputed from their views.
  `create or replace function accord_refresh_read_model(p_kind text, p_records uuid[]) returns void language plpgsql as $$
begin
  if p_records is null or cardinality(p_records) = 0 then return; end if;
  -- Two transactions touching the same record (say, adding a party each) take turns here, so the
  -- second recomputes after the first committed and sees its rows (READ COMMITTED: each statement
  -- below takes a fresh snapshot).
  execute format('select 1 from %I where id = any($1) order by id for no key update', p_kind) using p_records;
  delete from timeline_item where record_id = any(p_records);
  insert into timeline_item select * from accord_timeline_item_source where record_id = any(p_records);
  delete from stats_fact where id = any(p_records);
  insert into stats_fact select * from accord_stats_fact_source where id = any(p_records);
  if p_kind <> 'commitment' then
    delete from cooperation_link where record_id = any(p_records);
    insert into cooperation_link select * from accord_cooperation_link_source where record_id = any(p_records);
  end if;
end $$;`,
  // Statement-level: the records a statement touched (TG_ARGV[1] names their key column) at once.
  `create or replace function accord_read_model_trigger() returns trigger language plpgsql as $$
declare
  ids uuid[];
begin
  if TG_OP = 'INSERT' then
    execute format('select array(select distinct %I from new_rows)', TG_ARGV[1]) into ids;
  elsif TG_OP = 'DELETE' then
    execute format('select array(select distinct %I from old_rows)', TG_ARGV[1]) into ids;
  else
    execute format('select array(select %1$I from new_rows union select %1$I from old_rows)', TG_ARGV[1]) into ids;
  end if;
  perform accord_refresh_read_model(TG_ARGV[0], ids);
  return null;
end $$;`,
  // stats_count follows stats_fact (whose rows are only inserted and deleted). Groups in key order: concurrent writers lock them in the same order.
  `create or replace function accord_stats_count_trigger() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    insert into stats_count as c (type, year, kind, status, confidential, n)
    select f.type, left(f.d, 4)::int, f.kind, f.status, f.confidential, count(*) from new_rows f group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (type, year, kind, status, confidential) do update set n = c.n + excluded.n;
  else
    insert into stats_count as c (type, year, kind, status, confidential, n)
    select f.type, left(f.d, 4)::int, f.kind, f.status, f.confidential, -count(*) from old_rows f group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (type, year, kind, status, confidential) do update set n = c.n + excluded.n;
  end if;
  return null;
end $$;`,
  // Refills every table from the views; writers wait meanwhile.
  `create or replace function accord_rebuild_read_model() returns void language plpgsql as $$
begin
  lock table relation, agreement, agreement_party, agreement_action, event, participation, visit, visit_member,
             document, document_party, commitment in share mode;
  truncate timeline_item, stats_fact, stats_count, cooperation_link;
  insert into timeline_item select * from accord_timeline_item_source;
  insert into stats_fact select * from accord_stats_fact_source;
  insert into cooperation_link select * from accord_cooperation_link_source;
  analyze timeline_item, stats_fact, stats_count, cooperation_link;
end $$;`,
  // Rows that differ between each table and a fresh computation (none when the model is current).
  `create or replace function accord_read_model_drift() returns table (table_name text, missing bigint, extra bigint) language sql stable as $$
  select 'timeline_item', (select count(*) from (select * from accord_timeline_item_source except all select * from timeline_item) x),
                          (select count(*) from (select * from timeline_item except all select * from accord_timeline_item_source) x)
  union all
  select 'stats_fact', (select count(*) from (select * from accord_stats_fact_source except all select * from stats_fact) x),
                       (select count(*) from (select * from stats_fact except all select * from accord_stats_fact_source) x)
  union all
  select 'stats_count',
         (select count(*) from (select type, left(d, 4)::int, kind, status, confidential, count(*) from stats_fact group by 1, 2, 3, 4, 5
                                except all select type, year, kind, status, confidential, n from stats_count where n <> 0) x),
         (select count(*) from (select type, year, kind, status, confidential, n from stats_count where n <> 0
                                except all select type, left(d, 4)::int, kind, status, confidential, count(*) from stats_fact group by 1, 2, 3, 4, 5) x)
  union all
  select 'cooperation_link', (select count(*) from (select * from accord_cooperation_link_source except all select * from cooperation_link) x),
                             (select count(*) from (select * from cooperation_link except all select * from accord_cooperation_link_source) x)
$$;`,
];

/** [table, read-model kind (the table whose rows a refresh locks), key column, also on insert]. */
const SOURCES: [string, string, string, boolean][] = [
  ['relation', 'relation', 'id', true],
  ['agreement', 'agreement', 'id', true],
  ['agreement_party', 'agreement', 'agreement_id', true],
  ['agreement_action', 'agreement', 'agreement_id', true],
  ['event', 'event', 'id', true],
  ['participation', 'event', 'event_id', true],
  ['visit', 'visit', 'id', true],
  ['visit_member', 'visit', 'visit_id', true],
  ['document', 'document', 'id', true],
  ['document_party', 'document', 'document_id', true],
  ['commitment', 'commitment', 'id', true],
];

function triggers(): string[] {
  const out: string[] = [];
  for (const [table, kind, key] of SOURCES) {
    const run = `for each statement execute function accord_read_model_trigger('${kind}', '${key}')`;
    out.push(`create trigger "${table}_read_model_ins" after insert on "${table}" referencing new table as new_rows ${run};`);
    out.push(`create trigger "${table}_read_model_upd" after update on "${table}" referencing old table as old_rows new table as new_rows ${run};`);
    out.push(`create trigger "${table}_read_model_del" after delete on "${table}" referencing old table as old_rows ${run};`);
  }
  out.push(`create trigger "stats_fact_count_ins" after insert on "stats_fact" referencing new table as new_rows for each statement execute function accord_stats_count_trigger();`);
  out.push(`create trigger "stats_fact_count_del" after delete on "stats_fact" referencing old table as old_rows for each statement execute function accord_stats_count_trigger();`);
  return out;
}

export class Migration20261203160000_read_model extends Migration {

  override name = 'Migration20261203160000_read_model';

  override up(): void | Promise<void> {
    for (const sql of [TIMELINE_SOURCE, STATS_SOURCE, LINK_SOURCE, ...TABLES, ...FUNCTIONS, ...triggers()]) this.addSql(sql);
    // The backfill, a statement per kind (each can take a while on a large registry; PGlite's
    // statement limit is kept by the client and cannot be lifted by SET).
    this.addSql(`set local statement_timeout = 0;`);
    for (const kind of ['RELATION_START', 'RELATION_END', 'AGREEMENT_ACTION', 'EVENT', 'VISIT', 'DOCUMENT', 'COMMITMENT']) {
      this.addSql(`insert into timeline_item select * from accord_timeline_item_source where kind = '${kind}';`);
    }
    for (const type of ['EVENT', 'VISIT', 'AGREEMENT', 'DOCUMENT', 'COMMITMENT', 'RELATION']) {
      this.addSql(`insert into stats_fact select * from accord_stats_fact_source where type = '${type}';`);
    }
    for (const kind of ['RELATION', 'AGREEMENT', 'EVENT', 'VISIT', 'DOCUMENT']) {
      this.addSql(`insert into cooperation_link select * from accord_cooperation_link_source where kind = '${kind}';`);
    }
    this.addSql(`analyze timeline_item, stats_fact, stats_count, cooperation_link;`);
  }

  override down(): void | Promise<void> {
    for (const [table] of SOURCES) {
      for (const op of ['ins', 'upd', 'del']) this.addSql(`drop trigger if exists "${table}_read_model_${op}" on "${table}";`);
    }
    this.addSql(`drop table if exists "timeline_item", "stats_fact", "stats_count", "cooperation_link";`);
    this.addSql(`drop function if exists accord_read_model_drift(), accord_rebuild_read_model(), accord_stats_count_trigger(), accord_read_model_trigger(), accord_refresh_read_model(text, uuid[]);`);
    this.addSql(`drop view if exists accord_cooperation_link_source, accord_stats_fact_source, accord_timeline_item_source;`);
  }

}
