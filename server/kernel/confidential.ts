import { type Dictionary, raw } from '@mikro-orm/core';
import { Filter } from '@mikro-orm/decorators/legacy';
import { HIDDEN_RECORD_IDS, INTERNAL_AGREEMENT_STATUSES } from './internal-records.js';

/**
 * Internal records (confidential ones, agreements in DRAFT or NEGOTIATION) exist only for editors
 * and admins. The request's EntityManager carries `hideConfidential` in its logger context (set
 * once per request from the caller's role, inherited by every fork and transaction), and these ORM
 * filters, always on, turn it into a condition — so lists, counts, `node(id)` and every loaded
 * relation leave internal records, and every row that belongs to them, out alike. What counts as
 * internal is defined once, in SQL, in ./internal-records.ts.
 */
const NAME = 'hideConfidential';

type HasLoggerContext = { getLoggerContext?: () => Dictionary };

const hidden = (em: HasLoggerContext | undefined) => em?.getLoggerContext?.()?.hideConfidential === true;

const visibleAgreement = { confidential: false, status: { $nin: [...INTERNAL_AGREEMENT_STATUSES] } };

const hideWhen = (cond: () => Dictionary) =>
  Filter({
    name: NAME,
    default: true,
    args: false,
    cond: (_args: Dictionary, _type: string, em: HasLoggerContext) => (hidden(em) ? cond() : {}),
  });

/** The record itself carries the `confidential` flag. */
export const HideWhenConfidential = () => hideWhen(() => ({ confidential: false }));

/** An agreement: internal when confidential, and while it is a DRAFT or in NEGOTIATION. */
export const HideWhenAgreementInternal = () => hideWhen(() => visibleAgreement);

/** The record belongs to a parent (named by `owner`) that carries the flag. */
export const HideWhenOwnerConfidential = (owner: string) => hideWhen(() => ({ [owner]: { confidential: false } }));

/** The record belongs to an agreement (named by `owner`). */
export const HideWhenAgreementOwnerInternal = (owner: string) => hideWhen(() => ({ [owner]: visibleAgreement }));

/**
 * The row names its record by `record_id` (citations, claims, taggings, audit entries): hidden
 * when that record, or the record owning it, is internal. A fresh raw fragment per use (MikroORM
 * caches fragments by identity).
 */
export const HideWhenRecordInternal = () =>
  hideWhen(() => ({ [raw((alias: string) => `${alias}.record_id not in (${HIDDEN_RECORD_IDS})`)]: [] }));
