import type { Dictionary } from '@mikro-orm/core';
import { Filter } from '@mikro-orm/decorators/legacy';

/**
 * Confidential records (a visit in negotiation, an agreement draft) exist only for editors and
 * admins. The request's EntityManager carries `hideConfidential` in its logger context (set once
 * per request from the caller's role, inherited by every fork and transaction), and this ORM
 * filter, always on, turns it into a condition — so lists, counts, `node(id)` and every loaded
 * relation leave confidential records (and the rows that belong to them) out alike.
 */
const NAME = 'hideConfidential';

type HasLoggerContext = { getLoggerContext?: () => Dictionary };

const hidden = (em: HasLoggerContext | undefined) => em?.getLoggerContext?.()?.hideConfidential === true;

/** The record itself carries the `confidential` flag. */
export const HideWhenConfidential = () =>
  Filter({
    name: NAME,
    default: true,
    args: false,
    cond: (_args: Dictionary, _type: string, em: HasLoggerContext) => (hidden(em) ? { confidential: false } : {}),
  });

/** The record belongs to a parent (named by `owner`) that carries the flag. */
export const HideWhenOwnerConfidential = (owner: string) =>
  Filter({
    name: NAME,
    default: true,
    args: false,
    cond: (_args: Dictionary, _type: string, em: HasLoggerContext) => (hidden(em) ? { [owner]: { confidential: false } } : {}),
  });
