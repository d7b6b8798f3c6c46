import { Migration } from '@mikro-orm/migrations';

export class Migration20261121235201 extends Migration {

  override name = 'Migration20261121235201';

  override up(): void | Promise<void> {
    // Trigram indexes back the case- and accent-insensitive name search.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "institution" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(300) not null, "name_key" varchar(300) not null, "acronym" varchar(50) null, "aliases" text[] not null default '{}', "kind" text not null, "country" varchar(2) null, "parent_id" uuid null, "website" varchar(500) null, "description" text null, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "institution_country_idx" on "institution" ("country");`);
    this.addSql(`create index "institution_parent_idx" on "institution" ("parent_id");`);
    this.addSql(`create index "institution_search_text_trgm" on "institution" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create unique index "institution_name_country_unique" on "institution" ("name_key", coalesce("country", ''));`);
    this.addSql(`alter table "institution" add constraint "institution_kind_check" check ("kind" in ('OMBUDSMAN', 'NHRI', 'INTERGOVERNMENTAL_ORGANIZATION', 'IGO_BODY', 'NETWORK', 'GOVERNMENT_BODY', 'NGO', 'ACADEMIC', 'MEDIA', 'OTHER'));`);

    this.addSql(`alter table "institution" add constraint "institution_parent_id_foreign" foreign key ("parent_id") references "institution" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "institution" cascade;`);
  }

}
