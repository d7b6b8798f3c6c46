// The facts each record kind holds, for the provenance summary: the GraphQL field name, and the SQL
// (on alias `x`) that is true when the record has a value there. Names, titles and the record's
// existence are supported by any citation; these are the fields a citation must name.
export type FactField = { field: string; hasValue: string };
export type CitedKind = { recordType: string; table: string; confidential: boolean; fields: FactField[] };

const col = (field: string, column: string): FactField => ({ field, hasValue: `x.${column} is not null` });
const list = (field: string, column: string): FactField => ({ field, hasValue: `cardinality(x.${column}) > 0` });
/** A kind is a value unless it is the catch-all OTHER. */
const kind = (column = 'kind'): FactField => ({ field: 'kind', hasValue: `x.${column} <> 'OTHER'` });
const always = (field: string): FactField => ({ field, hasValue: 'true' });
const exists = (field: string, sql: string): FactField => ({ field, hasValue: `exists (${sql})` });
const topics = exists('topics', 'select 1 from tagging tg where tg.record_id = x.id');

export const CITED_KINDS: CitedKind[] = [
  {
    recordType: 'Institution',
    table: 'institution',
    confidential: false,
    fields: [col('acronym', 'acronym'), list('aliases', 'aliases'), kind(), col('country', 'country'), col('parent', 'parent_id'), col('website', 'website'), col('description', 'description')],
  },
  { recordType: 'Person', table: 'person', confidential: false, fields: [list('aliases', 'aliases'), col('honorific', 'honorific'), col('country', 'country'), col('description', 'description')] },
  {
    recordType: 'Relation',
    table: 'relation',
    confidential: false,
    fields: [kind(), col('role', 'role'), col('startDate', 'start_date'), col('endDate', 'end_date'), col('description', 'description')],
  },
  {
    recordType: 'Event',
    table: 'event',
    confidential: true,
    fields: [
      kind(),
      always('status'),
      col('startDate', 'start_date'),
      col('endDate', 'end_date'),
      col('city', 'city'),
      col('country', 'country'),
      col('parent', 'parent_id'),
      col('recurrence', 'recurrence'),
      col('description', 'description'),
      exists('participants', 'select 1 from participation p where p.event_id = x.id'),
      topics,
    ],
  },
  {
    recordType: 'Visit',
    table: 'visit',
    confidential: true,
    fields: [
      always('delegationOf'),
      col('host', 'host_id'),
      always('direction'),
      always('purpose'),
      always('status'),
      col('startDate', 'start_date'),
      col('endDate', 'end_date'),
      col('place', 'place'),
      col('country', 'country'),
      col('outcome', 'outcome_id'),
      col('description', 'description'),
      topics,
    ],
  },
  {
    recordType: 'Document',
    table: 'document',
    confidential: true,
    fields: [
      kind(),
      col('date', 'date'),
      col('adoptedAt', 'adopted_at_id'),
      col('summary', 'summary'),
      exists('parties', 'select 1 from document_party dp where dp.document_id = x.id'),
      topics,
    ],
  },
  {
    recordType: 'Agreement',
    table: 'agreement',
    confidential: true,
    fields: [
      kind(),
      always('status'),
      col('effectiveFrom', 'effective_from'),
      col('expiresOn', 'expires_on'),
      col('renews', 'renews_id'),
      col('summary', 'summary'),
      exists('parties', 'select 1 from agreement_party ap where ap.agreement_id = x.id'),
      topics,
    ],
  },
  {
    recordType: 'Commitment',
    table: 'commitment',
    confidential: true,
    fields: [
      always('status'),
      col('dueDate', 'due_date'),
      col('ownerInstitution', 'owner_institution_id'),
      col('madeAtEvent', 'made_at_event_id'),
      col('madeInDocument', 'made_in_document_id'),
      col('madeInAgreement', 'made_in_agreement_id'),
      col('description', 'description'),
      topics,
    ],
  },
  { recordType: 'Claim', table: 'claim', confidential: false, fields: [col('asOf', 'as_of')] },
  { recordType: 'Topic', table: 'topic', confidential: false, fields: [col('description', 'description')] },
];
