-- PROPOSAL, not applied (bench/README.md, "Where the time goes"): a migration for the lead to take
-- over as Migration…_cooperation_link (each statement an addSql; `down`: drop the 24 triggers, the
-- three functions and the table). Tested on PostgreSQL 15: after the backfill and after writes
-- through every trigger the table equals the links server/views/graph/graph.sql.ts derives.
--
-- One row per (institution, partner, record): the cooperation network's links, kept current by
-- statement-level triggers on the source tables, so a traversal step is one index range scan.
-- With it, contributionsSql() in graph.sql.ts becomes:
--   select l.institution_id as a, l.partner_id as b, l.kind, l.record_id, l.date_from as d_from, l.date_to as d_to, l.weight as w
--     from f join cooperation_link l on l.institution_id = f.id
--    where l.kind = any(<kinds>) [and not l.confidential  -- viewers]
create table "cooperation_link" (
  "institution_id" uuid not null references "institution" ("id") on delete cascade,
  "partner_id" uuid not null references "institution" ("id") on delete cascade,
  "kind" varchar(10) not null check ("kind" in ('RELATION', 'AGREEMENT', 'EVENT', 'VISIT', 'DOCUMENT')),
  "record_id" uuid not null,
  "date_from" varchar(10) null,
  "date_to" varchar(10) null,
  "weight" double precision not null,
  "confidential" boolean not null,
  primary key ("institution_id", "partner_id", "kind", "record_id")
);
create index "cooperation_link_record_idx" on "cooperation_link" ("record_id");
create index "cooperation_link_scan_idx" on "cooperation_link" ("institution_id")
  include ("partner_id", "kind", "record_id", "weight", "date_from", "date_to", "confidential");

-- The links of some records of one kind, computed from the source tables (the same rules as
-- server/views/graph/graph.sql.ts).
create or replace function accord_cooperation_links(p_kind text, p_records uuid[])
returns table (institution_id uuid, partner_id uuid, kind varchar, record_id uuid, date_from varchar, date_to varchar, weight double precision, confidential boolean)
language sql stable as $$
  select a, b, k, rid, min(df), max(dt), max(w), bool_or(c) from (
    select r.subject_institution_id a, r.object_id b, 'RELATION' k, r.id rid, r.start_date df, coalesce(r.end_date, r.start_date) dt, 2::float8 w, false c
      from relation r where p_kind = 'RELATION' and r.id = any(p_records) and r.subject_institution_id is not null and r.subject_institution_id <> r.object_id
    union all
    select r.object_id, r.subject_institution_id, 'RELATION', r.id, r.start_date, coalesce(r.end_date, r.start_date), 2, false
      from relation r where p_kind = 'RELATION' and r.id = any(p_records) and r.subject_institution_id is not null and r.subject_institution_id <> r.object_id
    union all
    select p.institution_id, q.institution_id, 'AGREEMENT', g.id,
           coalesce(to_char(least(p.signed_on, q.signed_on), 'YYYY-MM-DD'), to_char(g.effective_from, 'YYYY-MM-DD')),
           coalesce(to_char(greatest(p.signed_on, q.signed_on), 'YYYY-MM-DD'), to_char(g.effective_from, 'YYYY-MM-DD')), 3, g.confidential
      from agreement g join agreement_party p on p.agreement_id = g.id
      join agreement_party q on q.agreement_id = g.id and q.institution_id <> p.institution_id
     where p_kind = 'AGREEMENT' and g.id = any(p_records)
    union all
    select coalesce(pa.institution_id, pa.on_behalf_of_id), coalesce(pb.institution_id, pb.on_behalf_of_id), 'EVENT', e.id,
           e.start_date, coalesce(e.end_date, e.start_date), 1, e.confidential
      from event e join participation pa on pa.event_id = e.id join participation pb on pb.event_id = e.id
     where p_kind = 'EVENT' and e.id = any(p_records) and e.status <> 'CANCELLED'
       and pa.rsvp not in ('DECLINED', 'NO_SHOW') and pb.rsvp not in ('DECLINED', 'NO_SHOW')
       and coalesce(pa.institution_id, pa.on_behalf_of_id) is not null and coalesce(pb.institution_id, pb.on_behalf_of_id) is not null
       and coalesce(pa.institution_id, pa.on_behalf_of_id) <> coalesce(pb.institution_id, pb.on_behalf_of_id)
    union all
    select x.inst, y.inst, 'VISIT', v.id, v.start_date, coalesce(v.end_date, v.start_date), 2, v.confidential
      from visit v
      cross join lateral (select v.delegation_of_id inst union select v.host_id union select m.institution_id from visit_member m where m.visit_id = v.id) x
      cross join lateral (select v.delegation_of_id inst union select v.host_id union select m.institution_id from visit_member m where m.visit_id = v.id) y
     where p_kind = 'VISIT' and v.id = any(p_records) and v.status <> 'CANCELLED' and x.inst is not null and y.inst is not null and x.inst <> y.inst
    union all
    select p.institution_id, q.institution_id, 'DOCUMENT', d.id, coalesce(d.date, least(p.date, q.date)), coalesce(d.date, greatest(p.date, q.date)), 1.5, d.confidential
      from document d join document_party p on p.document_id = d.id
      join document_party q on q.document_id = d.id and q.institution_id <> p.institution_id
     where p_kind = 'DOCUMENT' and d.id = any(p_records)
       and p.role in ('ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY')
       and q.role in ('ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY')
  ) l(a, b, k, rid, df, dt, w, c)
  group by a, b, k, rid
$$;

create or replace function accord_refresh_cooperation_links(p_kind text, p_records uuid[]) returns void
language plpgsql as $$
begin
  if p_records is null or cardinality(p_records) = 0 then return; end if;
  delete from cooperation_link l where l.kind = p_kind and l.record_id = any(p_records);
  insert into cooperation_link select * from accord_cooperation_links(p_kind, p_records);
end $$;

-- The records a statement touched (TG_ARGV[1] names their key column), refreshed once per statement.
create or replace function accord_cooperation_links_trigger() returns trigger language plpgsql as $$
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
  perform accord_refresh_cooperation_links(TG_ARGV[0], ids);
  return null;
end $$;

create trigger relation_links_ins after insert on relation referencing new table as new_rows for each statement execute function accord_cooperation_links_trigger('RELATION', 'id');
create trigger relation_links_upd after update on relation referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('RELATION', 'id');
create trigger relation_links_del after delete on relation referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('RELATION', 'id');
create trigger agreement_links_upd after update on agreement referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('AGREEMENT', 'id');
create trigger agreement_links_del after delete on agreement referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('AGREEMENT', 'id');
create trigger agreement_party_links_ins after insert on agreement_party referencing new table as new_rows for each statement execute function accord_cooperation_links_trigger('AGREEMENT', 'agreement_id');
create trigger agreement_party_links_upd after update on agreement_party referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('AGREEMENT', 'agreement_id');
create trigger agreement_party_links_del after delete on agreement_party referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('AGREEMENT', 'agreement_id');
create trigger event_links_upd after update on event referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('EVENT', 'id');
create trigger event_links_del after delete on event referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('EVENT', 'id');
create trigger participation_links_ins after insert on participation referencing new table as new_rows for each statement execute function accord_cooperation_links_trigger('EVENT', 'event_id');
create trigger participation_links_upd after update on participation referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('EVENT', 'event_id');
create trigger participation_links_del after delete on participation referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('EVENT', 'event_id');
create trigger visit_links_ins after insert on visit referencing new table as new_rows for each statement execute function accord_cooperation_links_trigger('VISIT', 'id');
create trigger visit_links_upd after update on visit referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('VISIT', 'id');
create trigger visit_links_del after delete on visit referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('VISIT', 'id');
create trigger visit_member_links_ins after insert on visit_member referencing new table as new_rows for each statement execute function accord_cooperation_links_trigger('VISIT', 'visit_id');
create trigger visit_member_links_upd after update on visit_member referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('VISIT', 'visit_id');
create trigger visit_member_links_del after delete on visit_member referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('VISIT', 'visit_id');
create trigger document_links_upd after update on document referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('DOCUMENT', 'id');
create trigger document_links_del after delete on document referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('DOCUMENT', 'id');
create trigger document_party_links_ins after insert on document_party referencing new table as new_rows for each statement execute function accord_cooperation_links_trigger('DOCUMENT', 'document_id');
create trigger document_party_links_upd after update on document_party referencing old table as old_rows new table as new_rows for each statement execute function accord_cooperation_links_trigger('DOCUMENT', 'document_id');
create trigger document_party_links_del after delete on document_party referencing old table as old_rows for each statement execute function accord_cooperation_links_trigger('DOCUMENT', 'document_id');

-- Backfill.
insert into cooperation_link select * from accord_cooperation_links('RELATION', array(select id from relation));
insert into cooperation_link select * from accord_cooperation_links('AGREEMENT', array(select id from agreement));
insert into cooperation_link select * from accord_cooperation_links('EVENT', array(select id from event));
insert into cooperation_link select * from accord_cooperation_links('VISIT', array(select id from visit));
insert into cooperation_link select * from accord_cooperation_links('DOCUMENT', array(select id from document));
