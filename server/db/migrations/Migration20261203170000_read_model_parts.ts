import { Migration } from '@mikro-orm/migrations';

/*
 * The read model's triggers refresh only the tables a source table feeds: a participation,
 * visit member or document party changes links only (an event's timeline item and stats fact do
 * not depend on who took part), an agreement party links and the agreement's stats date, an
 * agreement action its timeline item and that date. Measured at 10,000 institutions (load ≈ 17):
 * 30 participations in one INSERT took 30–64 ms with every table refreshed.
 * Parts: t = timeline_item, s = stats_fact (and so stats_count), l = cooperation_link.
 */
const SOURCES: [string, string, string, string][] = [
  ['relation', 'relation', 'id', 'tsl'],
  ['agreement', 'agreement', 'id', 'tsl'],
  ['agreement_party', 'agreement', 'agreement_id', 'sl'],
  ['agreement_action', 'agreement', 'agreement_id', 'ts'],
  ['event', 'event', 'id', 'tsl'],
  ['participation', 'event', 'event_id', 'l'],
  ['visit', 'visit', 'id', 'tsl'],
  ['visit_member', 'visit', 'visit_id', 'l'],
  ['document', 'document', 'id', 'tsl'],
  ['document_party', 'document', 'document_id', 'l'],
  ['commitment', 'commitment', 'id', 'ts'],
];

const REFRESH = `create or replace function accord_refresh_read_model(p_kind text, p_records uuid[], p_parts text) returns void language plpgsql as $$
begin
  if p_records is null or cardinality(p_records) = 0 then return; end if;
  -- Two transactions touching the same record (say, adding a party each) take turns here, so the
  -- second recomputes after the first committed and sees its rows (READ COMMITTED: each statement
  -- below takes a fresh snapshot).
  execute format('select 1 from %I where id = any($1) order by id for no key update', p_kind) using p_records;
  if strpos(p_parts, 't') > 0 then
    delete from timeline_item where record_id = any(p_records);
    insert into timeline_item select * from accord_timeline_item_source where record_id = any(p_records);
  end if;
  if strpos(p_parts, 's') > 0 then
    delete from stats_fact where id = any(p_records);
    insert into stats_fact select * from accord_stats_fact_source where id = any(p_records);
  end if;
  if strpos(p_parts, 'l') > 0 then
    delete from cooperation_link where record_id = any(p_records);
    insert into cooperation_link select * from accord_cooperation_link_source where record_id = any(p_records);
  end if;
end $$;`;

const TRIGGER_FUNCTION = (call: string) => `create or replace function accord_read_model_trigger() returns trigger language plpgsql as $$
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
  perform ${call};
  return null;
end $$;`;

function triggers(withParts: boolean): string[] {
  const out: string[] = [];
  for (const [table, kind, key, parts] of SOURCES) {
    const run = `for each statement execute function accord_read_model_trigger('${kind}', '${key}'${withParts ? `, '${parts}'` : ''})`;
    for (const op of ['ins', 'upd', 'del']) out.push(`drop trigger if exists "${table}_read_model_${op}" on "${table}";`);
    out.push(`create trigger "${table}_read_model_ins" after insert on "${table}" referencing new table as new_rows ${run};`);
    out.push(`create trigger "${table}_read_model_upd" after update on "${table}" referencing old table as old_rows new table as new_rows ${run};`);
    out.push(`create trigger "${table}_read_model_del" after delete on "${table}" referencing old table as old_rows ${run};`);
  }
  return out;
}

export class Migration20261203170000_read_model_parts extends Migration {

  override name = 'Migration20261203170000_read_model_parts';

  override up(): void | Promise<void> {
    this.addSql(REFRESH);
    this.addSql(TRIGGER_FUNCTION('accord_refresh_read_model(TG_ARGV[0], ids, TG_ARGV[2])'));
    for (const sql of triggers(true)) this.addSql(sql);
    this.addSql(`drop function if exists accord_refresh_read_model(text, uuid[]);`);
  }

  override down(): void | Promise<void> {
    // The function as the previous migration made it: every table for every kind, links but for commitments.
    this.addSql(REFRESH.replace(', p_parts text', '')
      .replace("strpos(p_parts, 't') > 0", 'true').replace("strpos(p_parts, 's') > 0", 'true').replace("strpos(p_parts, 'l') > 0", "p_kind <> 'commitment'"));
    this.addSql(TRIGGER_FUNCTION('accord_refresh_read_model(TG_ARGV[0], ids)'));
    for (const sql of triggers(false)) this.addSql(sql);
    this.addSql(`drop function if exists accord_refresh_read_model(text, uuid[], text);`);
  }

}
