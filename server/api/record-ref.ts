import type { EntityManager } from '@mikro-orm/postgresql';
import { UserError, UserErrorCode, UserErrorsException } from '../kernel/errors.js';
import { fromGlobalId } from '../kernel/global-id.js';
import { entityClassNamed, type RecordClass } from './record-types.js';

/** Stored rows that are bookkeeping of the registry, not records of its domain: never cited, measured or tagged. */
const NOT_RECORDS = new Set(['Tagging', 'User', 'ApiToken', 'AuditEntry']);

/** The entity class of a domain record type name (as stored in citation.record_type), if there is one. */
export function recordEntityOf(em: EntityManager, typeName: string): RecordClass | undefined {
  return entityClassNamed(em, typeName, NOT_RECORDS);
}

export type RecordRef = { type: string; id: string; entity: RecordClass; record: { id: string } };

/**
 * Resolves the global ID of any record named in a mutation input (`recordId`): INVALID_ID when it
 * is not a record ID, INVALID_VALUE when `allowed` refuses its type, NOT_FOUND
 * when no such record exists.
 */
export async function resolveRecordRef(
  em: EntityManager,
  globalId: string | null | undefined,
  field: string[],
  allowed?: { accepts: (type: string) => boolean; message: (type: string) => string },
): Promise<RecordRef> {
  if (globalId === null || globalId === undefined || globalId === '') {
    throw new UserErrorsException([UserError.of(field, UserErrorCode.REQUIRED, 'is required')]);
  }
  const decoded = fromGlobalId(globalId);
  const entity = decoded ? recordEntityOf(em, decoded.type) : undefined;
  if (!decoded || !entity) {
    throw new UserErrorsException([UserError.of(field, UserErrorCode.INVALID_ID, 'is not the ID of a record')]);
  }
  if (allowed && !allowed.accepts(decoded.type)) {
    throw new UserErrorsException([UserError.of(field, UserErrorCode.INVALID_VALUE, allowed.message(decoded.type))]);
  }
  const record = (await em.findOne(entity as never, { id: decoded.id } as never)) as { id: string } | null;
  if (!record) throw new UserErrorsException([UserError.of(field, UserErrorCode.NOT_FOUND, `no ${decoded.type} has this ID`)]);
  return { type: decoded.type, id: decoded.id, entity, record };
}
