import { Migration } from '@mikro-orm/migrations';

/*
 * A relation recorded without any date (neither start nor end) appears in timelines once, undated
 * — its period is unknown, and the item says so — instead of not at all. Only the relation-start
 * leg of the timeline's source view changes (it now also takes relations with no dates); the view
 * is otherwise the one Migration20261203160000_read_model created.
 */

const view = (relationStarts: string) => `create or replace view accord_timeline_item_source as
select i.record_id, i.id, i.k::smallint as k, i.kind::text as kind, i.d, i.e, i.title, i.detail, i.other, i.status, i.country, i.confidential,
       coalesce(case length(i.d) when 4 then i.d || '-01-01' when 7 then i.d || '-01' else i.d end, '9999-99-99') collate "C" as sort_asc,
       coalesce(case length(i.d) when 4 then i.d || '-01-01' when 7 then i.d || '-01' else i.d end, '0000-00-00') collate "C" as sort_desc,
       coalesce(length(i.d), 0)::smallint as prec
  from (
    select r.id as record_id, r.id, 1 as k, 'RELATION_START' as kind, r.start_date::text as d, r.start_date::text as e,
           null::text as title, r.kind::text as detail, null::text as other, null::text as status, null::text as country, false as confidential
      from relation r where ${relationStarts}
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

export class Migration20261203180000_undated_relations extends Migration {
  override async up(): Promise<void> {
    this.refill(view('r.start_date is not null or r.end_date is null'));
  }

  override async down(): Promise<void> {
    this.refill(view('r.start_date is not null'));
  }

  private refill(definition: string): void {
    this.addSql(`${definition};`);
    this.addSql(`delete from timeline_item where kind = 'RELATION_START';`);
    this.addSql(`insert into timeline_item select * from accord_timeline_item_source where kind = 'RELATION_START';`);
  }
}
