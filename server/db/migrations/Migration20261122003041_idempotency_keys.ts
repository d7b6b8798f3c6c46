import { Migration } from '@mikro-orm/migrations';

export class Migration20261122003041_idempotency_keys extends Migration {

  override name = 'Migration20261122003041_idempotency_keys';

  override up(): void | Promise<void> {
    this.addSql(`create table "idempotency_key" ("id" uuid not null, "user_id" uuid not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "status" varchar(10) not null, "response" jsonb null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "idempotency_key_created_idx" on "idempotency_key" ("created_at");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_user_key_unique" unique ("user_id", "key");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }

}
