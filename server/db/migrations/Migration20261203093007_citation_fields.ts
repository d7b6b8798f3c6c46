import { Migration } from '@mikro-orm/migrations';

export class Migration20261203093007_citation_fields extends Migration {

  override name = 'Migration20261203093007_citation_fields';

  override up(): void | Promise<void> {
    this.addSql(`alter table "source" drop constraint "source_kind_check";`);
    this.addSql(`alter table "source" add constraint "source_kind_check" check ("kind" in ('NEWS_ARTICLE', 'INTERVIEW', 'PRESS_RELEASE', 'OFFICIAL_DOCUMENT', 'WEBSITE', 'INTERNAL_NOTE', 'REGISTRY_EDITORS', 'OTHER'));`);

    this.addSql(`alter table "citation" add "fields" text[] not null default '{}', add "basis" text not null default 'QUOTED', add "reason" text null;`);
    this.addSql(`alter table "citation" add constraint "citation_basis_check" check ("basis" in ('QUOTED', 'INFERRED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "citation" drop constraint "citation_basis_check";`);
    this.addSql(`alter table "citation" drop column "fields", drop column "basis", drop column "reason";`);

    this.addSql(`alter table "source" drop constraint "source_kind_check";`);
    this.addSql(`alter table "source" add constraint "source_kind_check" check ("kind" in ('NEWS_ARTICLE', 'INTERVIEW', 'PRESS_RELEASE', 'OFFICIAL_DOCUMENT', 'WEBSITE', 'INTERNAL_NOTE', 'OTHER'));`);
  }

}
