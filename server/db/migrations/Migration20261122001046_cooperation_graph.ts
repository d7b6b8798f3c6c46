import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001046_cooperation_graph extends Migration {

  override name = 'Migration20261122001046_cooperation_graph';

  override up(): void | Promise<void> {
    // Partial dates ("2024", "2024-10", "2024-10-02") are stored as written; these give the first
    // and last day they cover, for range comparisons, ordering and indexes.
    this.addSql(`create or replace function accord_date_from(d text) returns date language sql immutable parallel safe as $$
      select case length(d) when 4 then (d || '-01-01')::date when 7 then (d || '-01')::date else d::date end $$;`);
    this.addSql(`create or replace function accord_date_to(d text) returns date language sql immutable parallel safe as $$
      select case length(d) when 4 then (d || '-12-31')::date
                            when 7 then ((d || '-01')::date + interval '1 month' - interval '1 day')::date
                            else d::date end $$;`);

    this.addSql(`create table "agreement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(500) not null, "kind" text not null, "status" text not null default 'DRAFT', "effective_from" date null, "expires_on" date null, "review_due" date null, "auto_renews" boolean not null default false, "notice_period_days" int null, "renews_id" uuid null, "summary" text null, "confidential" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "agreement_renews_idx" on "agreement" ("renews_id");`);
    this.addSql(`create index "agreement_status_expires_idx" on "agreement" ("status", "expires_on");`);

    this.addSql(`create table "claim" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "record_id" uuid not null, "record_type" varchar(40) not null, "measure" varchar(200) not null, "qualifier" text not null, "value" double precision not null, "statement" text null, "as_of" varchar(10) null, primary key ("id"));`);
    this.addSql(`create index "claim_record_idx" on "claim" ("record_id");`);

    this.addSql(`create table "event_series" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(300) not null, "description" text null, primary key ("id"));`);

    this.addSql(`create table "event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(500) not null, "kind" text not null, "status" text not null default 'PLANNED', "start_date" varchar(10) null, "end_date" varchar(10) null, "start_time" varchar(5) null, "end_time" varchar(5) null, "time_zone" varchar(64) null, "city" varchar(200) null, "country" varchar(2) null, "venue" varchar(300) null, "parent_id" uuid null, "series_id" uuid null, "edition" int null, "recurrence" varchar(500) null, "description" text null, "confidential" boolean not null default false, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "event_parent_idx" on "event" ("parent_id");`);
    this.addSql(`create index "event_series_idx" on "event" ("series_id");`);
    this.addSql(`create index "event_search_text_trgm" on "event" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "event_start_idx" on "event" ("start_date");`);

    this.addSql(`create table "document" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(500) not null, "kind" text not null, "date" varchar(10) null, "adopted_at_id" uuid null, "url" varchar(1000) null, "summary" text null, "confidential" boolean not null default false, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "document_adopted_at_idx" on "document" ("adopted_at_id");`);
    this.addSql(`create index "document_search_text_trgm" on "document" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "document_date_idx" on "document" ("date");`);

    this.addSql(`create table "document_party" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "document_id" uuid not null, "institution_id" uuid not null, "role" text not null, "date" varchar(10) null, "at_event_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "document_party_document_idx" on "document_party" ("document_id");`);
    this.addSql(`create index "document_party_institution_idx" on "document_party" ("institution_id");`);
    this.addSql(`create index "document_party_event_idx" on "document_party" ("at_event_id");`);
    this.addSql(`alter table "document_party" add constraint "document_party_unique" unique ("document_id", "institution_id", "role");`);

    this.addSql(`create table "agreement_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "agreement_id" uuid not null, "kind" text not null, "date" date not null, "party_id" uuid null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "agreement_action_agreement_idx" on "agreement_action" ("agreement_id");`);
    this.addSql(`create index "agreement_action_party_idx" on "agreement_action" ("party_id");`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(300) not null, "honorific" varchar(50) null, "aliases" text[] not null default '{}', "country" varchar(2) null, "description" text null, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "person_search_text_trgm" on "person" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "participation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "event_id" uuid not null, "institution_id" uuid null, "person_id" uuid null, "on_behalf_of_id" uuid null, "role" text not null, "rsvp" text not null default 'INVITED', "note" text null, primary key ("id"));`);
    this.addSql(`create index "participation_event_idx" on "participation" ("event_id");`);
    this.addSql(`create index "participation_institution_idx" on "participation" ("institution_id");`);
    this.addSql(`create index "participation_person_idx" on "participation" ("person_id");`);
    this.addSql(`create index "participation_on_behalf_idx" on "participation" ("on_behalf_of_id");`);

    this.addSql(`create table "commitment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(500) not null, "description" text null, "status" text not null default 'OPEN', "due_date" varchar(10) null, "owner_institution_id" uuid null, "owner_person_id" uuid null, "made_at_event_id" uuid null, "made_in_agreement_id" uuid null, "made_in_document_id" uuid null, "evidence" text null, "evidence_document_id" uuid null, "confidential" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "commitment_owner_institution_idx" on "commitment" ("owner_institution_id");`);
    this.addSql(`create index "commitment_owner_person_idx" on "commitment" ("owner_person_id");`);
    this.addSql(`create index "commitment_event_idx" on "commitment" ("made_at_event_id");`);
    this.addSql(`create index "commitment_agreement_idx" on "commitment" ("made_in_agreement_id");`);
    this.addSql(`create index "commitment_document_idx" on "commitment" ("made_in_document_id");`);
    this.addSql(`create index "commitment_evidence_document_idx" on "commitment" ("evidence_document_id");`);

    this.addSql(`create table "agreement_party" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "agreement_id" uuid not null, "institution_id" uuid not null, "role" text not null default 'PARTY', "signatory_id" uuid null, "signed_on" date null, primary key ("id"));`);
    this.addSql(`create index "agreement_party_institution_idx" on "agreement_party" ("institution_id");`);
    this.addSql(`create index "agreement_party_signatory_idx" on "agreement_party" ("signatory_id");`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_unique" unique ("agreement_id", "institution_id");`);

    this.addSql(`create table "post" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(300) not null, "institution_id" uuid not null, "is_head" boolean not null default false, "description" text null, primary key ("id"));`);
    this.addSql(`create index "post_institution_idx" on "post" ("institution_id");`);
    this.addSql(`alter table "post" add constraint "post_institution_title_unique" unique ("institution_id", "title");`);

    this.addSql(`create table "relation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text not null, "subject_institution_id" uuid null, "subject_person_id" uuid null, "object_id" uuid not null, "role" varchar(300) null, "start_date" varchar(10) null, "end_date" varchar(10) null, "description" text null, primary key ("id"));`);
    this.addSql(`create index "relation_subject_institution_idx" on "relation" ("subject_institution_id");`);
    this.addSql(`create index "relation_subject_person_idx" on "relation" ("subject_person_id");`);
    this.addSql(`create index "relation_object_idx" on "relation" ("object_id");`);

    this.addSql(`create table "source" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(500) not null, "kind" text not null, "publisher_name" varchar(300) null, "publisher_id" uuid null, "url" varchar(1000) null, "published_on" varchar(10) null, "language" varchar(20) null, "description" text null, primary key ("id"));`);
    this.addSql(`create index "source_publisher_idx" on "source" ("publisher_id");`);

    this.addSql(`create table "citation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_id" uuid not null, "record_id" uuid not null, "record_type" varchar(40) not null, "quote" text null, "locator" varchar(300) null, primary key ("id"));`);
    this.addSql(`create index "citation_source_idx" on "citation" ("source_id");`);
    this.addSql(`create index "citation_record_idx" on "citation" ("record_id");`);

    this.addSql(`create table "tenure" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid not null, "post_id" uuid not null, "start_date" varchar(10) null, "end_date" varchar(10) null, "acting" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "tenure_person_idx" on "tenure" ("person_id");`);
    this.addSql(`create index "tenure_post_idx" on "tenure" ("post_id");`);

    this.addSql(`create table "topic" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(200) not null, "slug" varchar(100) not null, "description" text null, "parent_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "topic" add constraint "topic_name_unique" unique ("name");`);
    this.addSql(`alter table "topic" add constraint "topic_slug_unique" unique ("slug");`);
    this.addSql(`create index "topic_parent_idx" on "topic" ("parent_id");`);

    this.addSql(`create table "tagging" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "topic_id" uuid not null, "record_id" uuid not null, "record_type" varchar(40) not null, primary key ("id"));`);
    this.addSql(`create index "tagging_record_idx" on "tagging" ("record_id");`);
    this.addSql(`alter table "tagging" add constraint "tagging_topic_record_unique" unique ("topic_id", "record_id");`);

    this.addSql(`create table "visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(500) not null, "delegation_of_id" uuid not null, "host_id" uuid null, "direction" text not null, "purpose" text not null, "status" text not null default 'PLANNED', "start_date" varchar(10) null, "end_date" varchar(10) null, "place" varchar(300) null, "country" varchar(2) null, "outcome_id" uuid null, "description" text null, "confidential" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "visit_delegation_idx" on "visit" ("delegation_of_id");`);
    this.addSql(`create index "visit_host_idx" on "visit" ("host_id");`);
    this.addSql(`create index "visit_outcome_idx" on "visit" ("outcome_id");`);
    this.addSql(`create index "visit_start_idx" on "visit" ("start_date");`);

    this.addSql(`create table "visit_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "visit_id" uuid not null, "person_id" uuid null, "institution_id" uuid null, "role" text not null default 'MEMBER', primary key ("id"));`);
    this.addSql(`create index "visit_member_visit_idx" on "visit_member" ("visit_id");`);
    this.addSql(`create index "visit_member_person_idx" on "visit_member" ("person_id");`);
    this.addSql(`create index "visit_member_institution_idx" on "visit_member" ("institution_id");`);

    this.addSql(`alter table "institution" add "status" text not null default 'ACTIVE', add "identifiers" jsonb not null default '[]';`);
    this.addSql(`alter table "institution" add constraint "institution_status_check" check ("status" in ('ACTIVE', 'INACTIVE', 'DISSOLVED', 'MERGED'));`);

    this.addSql(`alter table "agreement" add constraint "agreement_renews_id_foreign" foreign key ("renews_id") references "agreement" ("id") on delete restrict;`);
    this.addSql(`alter table "agreement" add constraint "agreement_kind_check" check ("kind" in ('MEMORANDUM_OF_UNDERSTANDING', 'COOPERATION_AGREEMENT', 'ACTION_PLAN', 'JOINT_DECLARATION', 'OTHER'));`);
    this.addSql(`alter table "agreement" add constraint "agreement_status_check" check ("status" in ('DRAFT', 'NEGOTIATION', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'EXPIRED', 'TERMINATED', 'SUPERSEDED'));`);

    this.addSql(`alter table "claim" add constraint "claim_qualifier_check" check ("qualifier" in ('EXACT', 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'AT_MOST', 'FEWER_THAN'));`);

    this.addSql(`alter table "event" add constraint "event_parent_id_foreign" foreign key ("parent_id") references "event" ("id") on delete restrict;`);
    this.addSql(`alter table "event" add constraint "event_series_id_foreign" foreign key ("series_id") references "event_series" ("id") on delete restrict;`);
    this.addSql(`alter table "event" add constraint "event_kind_check" check ("kind" in ('FORUM', 'CONFERENCE', 'SYMPOSIUM', 'BOARD_MEETING', 'GENERAL_ASSEMBLY', 'SESSION', 'SIDE_EVENT', 'WORKSHOP', 'CAMPAIGN', 'OTHER'));`);
    this.addSql(`alter table "event" add constraint "event_status_check" check ("status" in ('PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED'));`);

    this.addSql(`alter table "document" add constraint "document_adopted_at_id_foreign" foreign key ("adopted_at_id") references "event" ("id") on delete restrict;`);
    this.addSql(`alter table "document" add constraint "document_kind_check" check ("kind" in ('DECLARATION', 'REPORT', 'SPECIAL_REPORT', 'STATEMENT', 'APPEAL', 'RESOLUTION', 'MINUTES', 'AGREEMENT_TEXT', 'OTHER'));`);

    this.addSql(`alter table "document_party" add constraint "document_party_document_id_foreign" foreign key ("document_id") references "document" ("id") on delete cascade;`);
    this.addSql(`alter table "document_party" add constraint "document_party_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "document_party" add constraint "document_party_at_event_id_foreign" foreign key ("at_event_id") references "event" ("id") on delete restrict;`);
    this.addSql(`alter table "document_party" add constraint "document_party_role_check" check ("role" in ('ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY', 'ADDRESSED_TO', 'SUBMITTED_TO'));`);

    this.addSql(`alter table "agreement_action" add constraint "agreement_action_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_action" add constraint "agreement_action_party_id_foreign" foreign key ("party_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "agreement_action" add constraint "agreement_action_kind_check" check ("kind" in ('SIGNATURE', 'ENTRY_INTO_FORCE', 'AMENDMENT', 'EXTENSION', 'RENEWAL', 'SUSPENSION', 'RESUMPTION', 'TERMINATION', 'EXPIRY', 'WITHDRAWAL'));`);

    this.addSql(`alter table "participation" add constraint "participation_event_id_foreign" foreign key ("event_id") references "event" ("id") on delete cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "participation" add constraint "participation_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "participation" add constraint "participation_on_behalf_of_id_foreign" foreign key ("on_behalf_of_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "participation" add constraint "participation_one_participant" check (("institution_id" is null) <> ("person_id" is null));`);
    this.addSql(`alter table "participation" add constraint "participation_role_check" check ("role" in ('HOST', 'ORGANISER', 'CO_ORGANISER', 'SPEAKER', 'DELEGATE', 'PARTICIPANT', 'OBSERVER', 'RAPPORTEUR', 'CHAIR', 'MEDIA'));`);
    this.addSql(`alter table "participation" add constraint "participation_rsvp_check" check ("rsvp" in ('INVITED', 'CONFIRMED', 'DECLINED', 'ATTENDED', 'NO_SHOW'));`);

    this.addSql(`alter table "commitment" add constraint "commitment_owner_institution_id_foreign" foreign key ("owner_institution_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_owner_person_id_foreign" foreign key ("owner_person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_made_at_event_id_foreign" foreign key ("made_at_event_id") references "event" ("id") on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_made_in_agreement_id_foreign" foreign key ("made_in_agreement_id") references "agreement" ("id") on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_made_in_document_id_foreign" foreign key ("made_in_document_id") references "document" ("id") on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_evidence_document_id_foreign" foreign key ("evidence_document_id") references "document" ("id") on delete set null;`);
    this.addSql(`alter table "commitment" add constraint "commitment_status_check" check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'));`);

    this.addSql(`alter table "agreement_party" add constraint "agreement_party_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_signatory_id_foreign" foreign key ("signatory_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_role_check" check ("role" in ('PARTY', 'WITNESS', 'DEPOSITARY', 'OBSERVER'));`);

    this.addSql(`alter table "post" add constraint "post_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete restrict;`);

    this.addSql(`alter table "relation" add constraint "relation_subject_institution_id_foreign" foreign key ("subject_institution_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "relation" add constraint "relation_subject_person_id_foreign" foreign key ("subject_person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "relation" add constraint "relation_object_id_foreign" foreign key ("object_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "relation" add constraint "relation_one_subject" check (("subject_institution_id" is null) <> ("subject_person_id" is null));`);
    this.addSql(`alter table "relation" add constraint "relation_kind_check" check ("kind" in ('MEMBER_OF', 'OBSERVER_IN', 'PARTNER_OF', 'BODY_OF', 'AFFILIATED_WITH', 'COOPERATES_WITH', 'ACCREDITED_BY', 'REPRESENTS', 'OTHER'));`);

    this.addSql(`alter table "source" add constraint "source_publisher_id_foreign" foreign key ("publisher_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "source" add constraint "source_kind_check" check ("kind" in ('NEWS_ARTICLE', 'INTERVIEW', 'PRESS_RELEASE', 'OFFICIAL_DOCUMENT', 'WEBSITE', 'INTERNAL_NOTE', 'OTHER'));`);

    this.addSql(`alter table "citation" add constraint "citation_source_id_foreign" foreign key ("source_id") references "source" ("id") on delete restrict;`);

    this.addSql(`alter table "tenure" add constraint "tenure_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "tenure" add constraint "tenure_post_id_foreign" foreign key ("post_id") references "post" ("id") on delete restrict;`);

    this.addSql(`alter table "topic" add constraint "topic_parent_id_foreign" foreign key ("parent_id") references "topic" ("id") on delete restrict;`);

    this.addSql(`alter table "tagging" add constraint "tagging_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on delete cascade;`);

    this.addSql(`alter table "visit" add constraint "visit_delegation_of_id_foreign" foreign key ("delegation_of_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "visit" add constraint "visit_host_id_foreign" foreign key ("host_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "visit" add constraint "visit_outcome_id_foreign" foreign key ("outcome_id") references "document" ("id") on delete set null;`);
    this.addSql(`alter table "visit" add constraint "visit_direction_check" check ("direction" in ('INBOUND', 'OUTBOUND'));`);
    this.addSql(`alter table "visit" add constraint "visit_purpose_check" check ("purpose" in ('ASSESSMENT_MISSION', 'MUTUAL_VISIT', 'STUDY_VISIT', 'MONITORING', 'OFFICIAL'));`);
    this.addSql(`alter table "visit" add constraint "visit_status_check" check ("status" in ('PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED'));`);

    this.addSql(`alter table "visit_member" add constraint "visit_member_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_member" add constraint "visit_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "visit_member" add constraint "visit_member_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete restrict;`);
    this.addSql(`alter table "visit_member" add constraint "visit_member_one_member" check (("institution_id" is null) <> ("person_id" is null));`);
    this.addSql(`alter table "visit_member" add constraint "visit_member_role_check" check ("role" in ('HEAD', 'MEMBER', 'EXPERT', 'STAFF', 'HOST'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "agreement" drop constraint "agreement_renews_id_foreign";`);
    this.addSql(`alter table "agreement_action" drop constraint "agreement_action_agreement_id_foreign";`);
    this.addSql(`alter table "commitment" drop constraint "commitment_made_in_agreement_id_foreign";`);
    this.addSql(`alter table "agreement_party" drop constraint "agreement_party_agreement_id_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_series_id_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_parent_id_foreign";`);
    this.addSql(`alter table "document" drop constraint "document_adopted_at_id_foreign";`);
    this.addSql(`alter table "document_party" drop constraint "document_party_at_event_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_event_id_foreign";`);
    this.addSql(`alter table "commitment" drop constraint "commitment_made_at_event_id_foreign";`);
    this.addSql(`alter table "document_party" drop constraint "document_party_document_id_foreign";`);
    this.addSql(`alter table "commitment" drop constraint "commitment_made_in_document_id_foreign";`);
    this.addSql(`alter table "commitment" drop constraint "commitment_evidence_document_id_foreign";`);
    this.addSql(`alter table "visit" drop constraint "visit_outcome_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_person_id_foreign";`);
    this.addSql(`alter table "commitment" drop constraint "commitment_owner_person_id_foreign";`);
    this.addSql(`alter table "agreement_party" drop constraint "agreement_party_signatory_id_foreign";`);
    this.addSql(`alter table "relation" drop constraint "relation_subject_person_id_foreign";`);
    this.addSql(`alter table "tenure" drop constraint "tenure_person_id_foreign";`);
    this.addSql(`alter table "visit_member" drop constraint "visit_member_person_id_foreign";`);
    this.addSql(`alter table "tenure" drop constraint "tenure_post_id_foreign";`);
    this.addSql(`alter table "citation" drop constraint "citation_source_id_foreign";`);
    this.addSql(`alter table "topic" drop constraint "topic_parent_id_foreign";`);
    this.addSql(`alter table "tagging" drop constraint "tagging_topic_id_foreign";`);
    this.addSql(`alter table "visit_member" drop constraint "visit_member_visit_id_foreign";`);

    this.addSql(`drop table if exists "agreement" cascade;`);
    this.addSql(`drop table if exists "claim" cascade;`);
    this.addSql(`drop table if exists "event_series" cascade;`);
    this.addSql(`drop table if exists "event" cascade;`);
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop table if exists "document_party" cascade;`);
    this.addSql(`drop table if exists "agreement_action" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "participation" cascade;`);
    this.addSql(`drop table if exists "commitment" cascade;`);
    this.addSql(`drop table if exists "agreement_party" cascade;`);
    this.addSql(`drop table if exists "post" cascade;`);
    this.addSql(`drop table if exists "relation" cascade;`);
    this.addSql(`drop table if exists "source" cascade;`);
    this.addSql(`drop table if exists "citation" cascade;`);
    this.addSql(`drop table if exists "tenure" cascade;`);
    this.addSql(`drop table if exists "topic" cascade;`);
    this.addSql(`drop table if exists "tagging" cascade;`);
    this.addSql(`drop table if exists "visit" cascade;`);
    this.addSql(`drop table if exists "visit_member" cascade;`);

    this.addSql(`alter table "institution" drop constraint "institution_status_check";`);
    this.addSql(`alter table "institution" drop column "status", drop column "identifiers";`);
      this.addSql(`drop function if exists accord_date_from(text);`);
    this.addSql(`drop function if exists accord_date_to(text);`);
  }

}
