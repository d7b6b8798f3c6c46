import { Migration } from '@mikro-orm/migrations';

// Lists put records without a value last in either direction (server/api/records.ts undatedLast):
// "newest first" reads these indexes backwards, as the ascending order reads (column, id).
export class Migration20261203212625_undated_last extends Migration {

  override name = 'Migration20261203212625_undated_last';

  override up(): void | Promise<void> {
    this.addSql(`create index "agreement_expires_on_desc_id_idx" on "agreement" ("expires_on" desc nulls last, "id" desc nulls last);`);
    this.addSql(`create index "agreement_effective_from_desc_id_idx" on "agreement" ("effective_from" desc nulls last, "id" desc nulls last);`);

    this.addSql(`create index "event_start_date_desc_id_idx" on "event" ("start_date" desc nulls last, "id" desc nulls last);`);

    this.addSql(`create index "relation_start_date_desc_id_idx" on "relation" ("start_date" desc nulls last, "id" desc nulls last);`);

    this.addSql(`create index "visit_start_date_desc_id_idx" on "visit" ("start_date" desc nulls last, "id" desc nulls last);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "agreement_expires_on_desc_id_idx";`);
    this.addSql(`drop index "agreement_effective_from_desc_id_idx";`);

    this.addSql(`drop index "event_start_date_desc_id_idx";`);

    this.addSql(`drop index "relation_start_date_desc_id_idx";`);

    this.addSql(`drop index "visit_start_date_desc_id_idx";`);
  }

}
