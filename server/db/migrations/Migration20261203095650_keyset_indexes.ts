import { Migration } from '@mikro-orm/migrations';

export class Migration20261203095650_keyset_indexes extends Migration {

  override name = 'Migration20261203095650_keyset_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "agreement_updated_at_id_idx" on "agreement" ("updated_at", "id");`);
    this.addSql(`create index "agreement_created_at_id_idx" on "agreement" ("created_at", "id");`);
    this.addSql(`create index "agreement_expires_on_id_idx" on "agreement" ("expires_on", "id");`);
    this.addSql(`create index "agreement_effective_from_id_idx" on "agreement" ("effective_from", "id");`);
    this.addSql(`create index "agreement_title_id_idx" on "agreement" ("title", "id");`);

    this.addSql(`drop index "audit_entry_created_idx";`);
    this.addSql(`create index "audit_entry_created_at_id_idx" on "audit_entry" ("created_at", "id");`);

    this.addSql(`create index "event_series_updated_at_id_idx" on "event_series" ("updated_at", "id");`);
    this.addSql(`create index "event_series_created_at_id_idx" on "event_series" ("created_at", "id");`);
    this.addSql(`create index "event_series_name_id_idx" on "event_series" ("name", "id");`);

    this.addSql(`drop index "event_start_idx";`);
    this.addSql(`create index "event_updated_at_id_idx" on "event" ("updated_at", "id");`);
    this.addSql(`create index "event_created_at_id_idx" on "event" ("created_at", "id");`);
    this.addSql(`create index "event_title_id_idx" on "event" ("title", "id");`);
    this.addSql(`create index "event_start_date_id_idx" on "event" ("start_date", "id");`);

    this.addSql(`drop index "document_date_idx";`);
    this.addSql(`create index "document_updated_at_id_idx" on "document" ("updated_at", "id");`);
    this.addSql(`create index "document_created_at_id_idx" on "document" ("created_at", "id");`);
    this.addSql(`create index "document_kind_id_idx" on "document" ("kind", "id");`);
    this.addSql(`create index "document_title_id_idx" on "document" ("title", "id");`);
    this.addSql(`create index "document_date_desc_id_idx" on "document" ("date" desc nulls last, "id" desc nulls last);`);
    this.addSql(`create index "document_date_id_idx" on "document" ("date", "id");`);

    this.addSql(`create index "institution_kind_name_id_idx" on "institution" ("kind", "name", "id");`);
    this.addSql(`create index "institution_updated_at_id_idx" on "institution" ("updated_at", "id");`);
    this.addSql(`create index "institution_created_at_id_idx" on "institution" ("created_at", "id");`);
    this.addSql(`create index "institution_kind_id_idx" on "institution" ("kind", "id");`);
    this.addSql(`create index "institution_name_id_idx" on "institution" ("name", "id");`);

    this.addSql(`create index "person_updated_at_id_idx" on "person" ("updated_at", "id");`);
    this.addSql(`create index "person_created_at_id_idx" on "person" ("created_at", "id");`);
    this.addSql(`create index "person_name_id_idx" on "person" ("name", "id");`);

    this.addSql(`create index "commitment_updated_at_id_idx" on "commitment" ("updated_at", "id");`);
    this.addSql(`create index "commitment_created_at_id_idx" on "commitment" ("created_at", "id");`);
    this.addSql(`create index "commitment_status_id_idx" on "commitment" ("status", "id");`);
    this.addSql(`create index "commitment_title_id_idx" on "commitment" ("title", "id");`);
    this.addSql(`create index "commitment_due_date_desc_id_idx" on "commitment" ("due_date" desc nulls last, "id" desc nulls last);`);
    this.addSql(`create index "commitment_due_date_id_idx" on "commitment" ("due_date", "id");`);

    this.addSql(`create index "post_updated_at_id_idx" on "post" ("updated_at", "id");`);
    this.addSql(`create index "post_created_at_id_idx" on "post" ("created_at", "id");`);
    this.addSql(`create index "post_title_id_idx" on "post" ("title", "id");`);

    this.addSql(`create index "relation_updated_at_id_idx" on "relation" ("updated_at", "id");`);
    this.addSql(`create index "relation_created_at_id_idx" on "relation" ("created_at", "id");`);
    this.addSql(`create index "relation_kind_id_idx" on "relation" ("kind", "id");`);
    this.addSql(`create index "relation_start_date_id_idx" on "relation" ("start_date", "id");`);

    this.addSql(`create index "source_updated_at_id_idx" on "source" ("updated_at", "id");`);
    this.addSql(`create index "source_created_at_id_idx" on "source" ("created_at", "id");`);
    this.addSql(`create index "source_title_id_idx" on "source" ("title", "id");`);
    this.addSql(`create index "source_published_on_desc_id_idx" on "source" ("published_on" desc nulls last, "id" desc nulls last);`);
    this.addSql(`create index "source_published_on_id_idx" on "source" ("published_on", "id");`);

    this.addSql(`create index "topic_updated_at_id_idx" on "topic" ("updated_at", "id");`);
    this.addSql(`create index "topic_created_at_id_idx" on "topic" ("created_at", "id");`);
    this.addSql(`create index "topic_slug_id_idx" on "topic" ("slug", "id");`);
    this.addSql(`create index "topic_name_id_idx" on "topic" ("name", "id");`);

    this.addSql(`create index "app_user_email_id_idx" on "app_user" ("email", "id");`);

    this.addSql(`drop index "visit_start_idx";`);
    this.addSql(`create index "visit_updated_at_id_idx" on "visit" ("updated_at", "id");`);
    this.addSql(`create index "visit_created_at_id_idx" on "visit" ("created_at", "id");`);
    this.addSql(`create index "visit_title_id_idx" on "visit" ("title", "id");`);
    this.addSql(`create index "visit_start_date_id_idx" on "visit" ("start_date", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "agreement_updated_at_id_idx";`);
    this.addSql(`drop index "agreement_created_at_id_idx";`);
    this.addSql(`drop index "agreement_expires_on_id_idx";`);
    this.addSql(`drop index "agreement_effective_from_id_idx";`);
    this.addSql(`drop index "agreement_title_id_idx";`);

    this.addSql(`drop index "app_user_email_id_idx";`);

    this.addSql(`drop index "audit_entry_created_at_id_idx";`);
    this.addSql(`create index "audit_entry_created_idx" on "audit_entry" ("created_at");`);

    this.addSql(`drop index "commitment_updated_at_id_idx";`);
    this.addSql(`drop index "commitment_created_at_id_idx";`);
    this.addSql(`drop index "commitment_status_id_idx";`);
    this.addSql(`drop index "commitment_title_id_idx";`);
    this.addSql(`drop index "commitment_due_date_desc_id_idx";`);
    this.addSql(`drop index "commitment_due_date_id_idx";`);

    this.addSql(`drop index "document_updated_at_id_idx";`);
    this.addSql(`drop index "document_created_at_id_idx";`);
    this.addSql(`drop index "document_kind_id_idx";`);
    this.addSql(`drop index "document_title_id_idx";`);
    this.addSql(`drop index "document_date_desc_id_idx";`);
    this.addSql(`drop index "document_date_id_idx";`);
    this.addSql(`create index "document_date_idx" on "document" ("date");`);

    this.addSql(`drop index "event_updated_at_id_idx";`);
    this.addSql(`drop index "event_created_at_id_idx";`);
    this.addSql(`drop index "event_title_id_idx";`);
    this.addSql(`drop index "event_start_date_id_idx";`);
    this.addSql(`create index "event_start_idx" on "event" ("start_date");`);

    this.addSql(`drop index "event_series_updated_at_id_idx";`);
    this.addSql(`drop index "event_series_created_at_id_idx";`);
    this.addSql(`drop index "event_series_name_id_idx";`);

    this.addSql(`drop index "institution_kind_name_id_idx";`);
    this.addSql(`drop index "institution_updated_at_id_idx";`);
    this.addSql(`drop index "institution_created_at_id_idx";`);
    this.addSql(`drop index "institution_kind_id_idx";`);
    this.addSql(`drop index "institution_name_id_idx";`);

    this.addSql(`drop index "person_updated_at_id_idx";`);
    this.addSql(`drop index "person_created_at_id_idx";`);
    this.addSql(`drop index "person_name_id_idx";`);

    this.addSql(`drop index "post_updated_at_id_idx";`);
    this.addSql(`drop index "post_created_at_id_idx";`);
    this.addSql(`drop index "post_title_id_idx";`);

    this.addSql(`drop index "relation_updated_at_id_idx";`);
    this.addSql(`drop index "relation_created_at_id_idx";`);
    this.addSql(`drop index "relation_kind_id_idx";`);
    this.addSql(`drop index "relation_start_date_id_idx";`);

    this.addSql(`drop index "source_updated_at_id_idx";`);
    this.addSql(`drop index "source_created_at_id_idx";`);
    this.addSql(`drop index "source_title_id_idx";`);
    this.addSql(`drop index "source_published_on_desc_id_idx";`);
    this.addSql(`drop index "source_published_on_id_idx";`);

    this.addSql(`drop index "topic_updated_at_id_idx";`);
    this.addSql(`drop index "topic_created_at_id_idx";`);
    this.addSql(`drop index "topic_slug_id_idx";`);
    this.addSql(`drop index "topic_name_id_idx";`);

    this.addSql(`drop index "visit_updated_at_id_idx";`);
    this.addSql(`drop index "visit_created_at_id_idx";`);
    this.addSql(`drop index "visit_title_id_idx";`);
    this.addSql(`drop index "visit_start_date_id_idx";`);
    this.addSql(`create index "visit_start_idx" on "visit" ("start_date");`);
  }

}
