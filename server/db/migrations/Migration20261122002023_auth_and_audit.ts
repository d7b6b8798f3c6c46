import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002023_auth_and_audit extends Migration {

  override name = 'Migration20261122002023_auth_and_audit';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "action" text not null, "record_type" varchar(40) not null, "record_id" uuid not null, "user_id" uuid null, "operation" varchar(100) null, "request_id" varchar(64) null, "changes" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_user_idx" on "audit_entry" ("user_id");`);
    this.addSql(`create index "audit_entry_created_idx" on "audit_entry" ("created_at");`);
    this.addSql(`create index "audit_entry_record_idx" on "audit_entry" ("record_id", "created_at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "email" varchar(320) not null, "name" varchar(200) not null, "role" text not null, "disabled" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" uuid not null, "name" varchar(200) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_token_user_idx" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'DELETE'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('VIEWER', 'EDITOR', 'ADMIN'));`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    // The audit trail is append-only, whatever client connects to the database.
    this.addSql(`create or replace function accord_audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit entries are append-only'; end $$;`);
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry"
      for each row execute function accord_audit_append_only();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists accord_audit_append_only();`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
