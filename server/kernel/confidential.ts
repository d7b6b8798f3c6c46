import { type Dictionary, type EntityMetadata, raw } from '@mikro-orm/core';
import { Filter } from '@mikro-orm/decorators/legacy';
import { agreementVisible, HIDDEN_RECORD_IDS, INTERNAL_AGREEMENT_STATUSES, recordVisible } from './internal-records.js';

/**
 * Internal records (confidential ones, agreements in DRAFT or NEGOTIATION) exist only for editors
 * and admins. The request's EntityManager carries `hideConfidential` in its logger context (set
 * once per request from the caller's role, inherited by every fork and transaction), and these ORM
 * filters, always on, turn it into a condition — so lists, counts, `node(id)` and every loaded
 * relation leave internal records, and every row that belongs to them, out alike. What counts as
 * internal is defined once, in SQL, in ./internal-records.ts.
 *
 * Each decorator also records the same rule as an SQL condition (`visibleSql`), for the read paths
 * that bypass the ORM's query building (bound-parameter loaders, server/api/read-rows.ts).
 */
const NAME = 'hideConfidential';

type HasLoggerContext = { getLoggerContext?: () => Dictionary };

/** Whether the EntityManager's request must not see internal records. */
export const hidesConfidential = (em: HasLoggerContext | undefined) => em?.getLoggerContext?.()?.hideConfidential === true;

const visibleAgreement = { confidential: false, status: { $nin: [...INTERNAL_AGREEMENT_STATUSES] } };

/** SQL condition on the row aliased `alias` of the entity described by `meta`: visible to a viewer. */
type VisibleSql = (alias: string, meta: EntityMetadata) => string;

const VISIBLE_SQL = new WeakMap<object, VisibleSql>();

const hideWhen =
  (cond: () => Dictionary, sql: VisibleSql): ClassDecorator =>
  (target) => {
    VISIBLE_SQL.set(target, sql);
    Filter({
      name: NAME,
      default: true,
      args: false,
      cond: (_args: Dictionary, _type: string, em: HasLoggerContext) => (hidesConfidential(em) ? cond() : {}),
    })(target);
  };

/**
 * The confidentiality rule of an entity as SQL on its row aliased `alias`, when the request hides
 * internal records; null when nothing is hidden (the request may see them, or the entity has no rule).
 */
export function visibleSql(em: HasLoggerContext, meta: EntityMetadata, alias: string): string | null {
  if (!hidesConfidential(em)) return null;
  const sql = VISIBLE_SQL.get(meta.class as object);
  return sql ? sql(alias, meta) : null;
}

/** The owner's table and the row's column naming it, from the ManyToOne property `owner`. */
function ownerOf(meta: EntityMetadata, owner: string): { table: string; column: string } {
  const prop = meta.properties[owner as never] as { fieldNames: string[]; targetMeta?: EntityMetadata } | undefined;
  if (!prop?.targetMeta) throw new Error(`${meta.className}.${owner} is not a relation`);
  return { table: prop.targetMeta.tableName, column: prop.fieldNames[0]! };
}

/** The record itself carries the `confidential` flag. */
export const HideWhenConfidential = () => hideWhen(() => ({ confidential: false }), (alias) => recordVisible(alias));

/** An agreement: internal when confidential, and while it is a DRAFT or in NEGOTIATION. */
export const HideWhenAgreementInternal = () => hideWhen(() => visibleAgreement, (alias) => agreementVisible(alias));

/** The record belongs to a parent (named by `owner`) that carries the flag. */
export const HideWhenOwnerConfidential = (owner: string) =>
  hideWhen(
    () => ({ [owner]: { confidential: false } }),
    (alias, meta) => {
      const o = ownerOf(meta, owner);
      return `exists (select 1 from ${o.table} own where own.id = ${alias}.${o.column} and ${recordVisible('own')})`;
    },
  );

/** The record belongs to an agreement (named by `owner`). */
export const HideWhenAgreementOwnerInternal = (owner: string) =>
  hideWhen(
    () => ({ [owner]: visibleAgreement }),
    (alias, meta) => {
      const o = ownerOf(meta, owner);
      return `exists (select 1 from ${o.table} own where own.id = ${alias}.${o.column} and ${agreementVisible('own')})`;
    },
  );

/**
 * The row names its record by `record_id` (citations, claims, taggings, audit entries): hidden
 * when that record, or the record owning it, is internal. A fresh raw fragment per use (MikroORM
 * caches fragments by identity).
 */
export const HideWhenRecordInternal = () =>
  hideWhen(
    () => ({ [raw((alias: string) => `${alias}.record_id not in (${HIDDEN_RECORD_IDS})`)]: [] }),
    (alias) => `${alias}.record_id not in (${HIDDEN_RECORD_IDS})`,
  );
