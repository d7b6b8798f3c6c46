import { Migration } from '@mikro-orm/migrations';

export class Migration20261122003548_uniqueness_guards extends Migration {

  override name = 'Migration20261122003548_uniqueness_guards';

  override up(): void | Promise<void> {
    this.addSql(`create unique index "event_series_edition_unique" on "event" ("series_id", "edition") where "series_id" is not null and "edition" is not null;`);

    this.addSql(`create unique index "participation_unique" on "participation" ("event_id", coalesce("institution_id", "person_id"), "role");`);

    this.addSql(`create unique index "visit_member_unique" on "visit_member" ("visit_id", coalesce("person_id", "institution_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "event_series_edition_unique";`);

    this.addSql(`drop index "participation_unique";`);

    this.addSql(`drop index "visit_member_unique";`);
  }

}
