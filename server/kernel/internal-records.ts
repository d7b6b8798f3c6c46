/*
 * Which rows are internal (seen only by EDITOR and ADMIN), as SQL, in one place for the ORM filter
 * (server/db/confidential.ts) and every raw query (timeline, graph, stats, search, partners).
 *
 * A record is internal when it is marked `confidential`, and an agreement also while it is a
 * DRAFT or in NEGOTIATION (not yet agreed by anyone). Rows owned by an internal record inherit it:
 * agreement parties and actions, participations, visit members, document parties, and the
 * citations, claims, taggings and audit entries of any of those (and the citations of a claim
 * about one).
 */

/** Agreement statuses before anything was agreed: internal whatever the `confidential` flag says. */
export const INTERNAL_AGREEMENT_STATUSES = ['DRAFT', 'NEGOTIATION'] as const;

const statuses = INTERNAL_AGREEMENT_STATUSES.map((s) => `'${s}'`).join(', ');

/** SQL condition: the agreement aliased `alias` is internal. */
export const agreementInternal = (alias: string) => `(${alias}.confidential or ${alias}.status in (${statuses}))`;

/** SQL condition: the agreement aliased `alias` may be shown to a viewer. */
export const agreementVisible = (alias: string) => `not ${agreementInternal(alias)}`;

/** SQL condition: the record aliased `alias` of a table with a `confidential` column may be shown to a viewer. */
export const recordVisible = (alias: string) => `not ${alias}.confidential`;

/**
 * A SELECT of the id of every internal row: the internal records themselves, the rows they own,
 * and the claims made about any of those. Citations, claims, taggings and audit entries name their
 * record by `record_id`, so `record_id not in (HIDDEN_RECORD_IDS)` hides them.
 */
export const HIDDEN_RECORD_IDS = `
  with hidden_owner(id) as (
    select id from agreement where ${agreementInternal('agreement')}
    union all select id from event where confidential
    union all select id from visit where confidential
    union all select id from document where confidential
    union all select id from commitment where confidential
  ), hidden_row(id) as (
    select id from hidden_owner
    union all select p.id from agreement_party p where p.agreement_id in (select id from hidden_owner)
    union all select x.id from agreement_action x where x.agreement_id in (select id from hidden_owner)
    union all select p.id from participation p where p.event_id in (select id from hidden_owner)
    union all select m.id from visit_member m where m.visit_id in (select id from hidden_owner)
    union all select p.id from document_party p where p.document_id in (select id from hidden_owner)
  ), hidden_all(id) as (
    select id from hidden_row
    union all select c.id from claim c join hidden_row h on h.id = c.record_id
    union all select c.id from citation c join hidden_row h on h.id = c.record_id
  )
  select id from hidden_all`;

/** Whether a loaded record is internal (the same rule as the SQL above, for a row in memory). */
export function isInternal(record: object): boolean {
  const r = record as { confidential?: unknown; status?: unknown; constructor: { name: string } };
  if (r.confidential === true) return true;
  return r.constructor.name === 'Agreement' && (INTERNAL_AGREEMENT_STATUSES as readonly unknown[]).includes(r.status);
}
