import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134920_recurrence_exceptions extends Migration {

  override name = 'Migration20261203134920_recurrence_exceptions';

  override up(): void | Promise<void> {
    this.addSql(`alter table "event" add "recurrence_exceptions" text[] not null default '{}', add "occurrence_changes" jsonb not null default '[]';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "event" drop column "recurrence_exceptions", drop column "occurrence_changes";`);
  }

}
