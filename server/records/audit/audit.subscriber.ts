import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';

const ACTION: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
};

/** Bookkeeping columns that change on every write and say nothing about the record. */
const SKIPPED = new Set(['updatedAt', 'version', 'createdAt']);

/** The stored values of a record about to be deleted (references as their keys). */
function snapshot(entity: object, props: readonly { name: string; persist?: boolean; kind?: string }[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of props) {
    if (prop.persist === false || prop.kind === '1:m' || prop.kind === 'm:n') continue;
    const value = (entity as Record<string, unknown>)[prop.name];
    out[prop.name] = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;
  }
  return out;
}

/** Who is writing, set on the request's EntityManager (see server/api/access.ts). */
export type AuditContext = { requestId?: string; userId?: string | null; operation?: string };

/**
 * Writes one AuditEntry per created, changed or deleted record, in the same flush (hence the same
 * transaction) as the change itself: a rolled-back mutation leaves no entry. Writes made outside
 * a GraphQL operation (the seed, migrations) carry no operation and are not audited.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const context = em.getLoggerContext<AuditContext>();
    if (!context.operation) return;
    for (const changeSet of uow.getChangeSets()) {
      const action = ACTION[changeSet.type];
      if (!action || changeSet.entity instanceof AuditEntry) continue;
      const hidden = (name: string) => changeSet.meta.properties[name as never]?.hidden === true;
      const before = (action === AuditAction.DELETE ? snapshot(changeSet.entity, changeSet.meta.props) : (changeSet.originalEntity ?? {})) as Record<string, unknown>;
      const after = (changeSet.payload ?? {}) as Record<string, unknown>;
      const names = action === AuditAction.DELETE ? Object.keys(before) : Object.keys(after);
      const changes: AuditEntry['changes'] = {};
      for (const name of names) {
        if (SKIPPED.has(name) || hidden(name) || name === 'id') continue;
        changes[name] = {
          before: action === AuditAction.CREATE ? null : (before[name] ?? null),
          after: action === AuditAction.DELETE ? null : (after[name] ?? null),
        };
      }
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const entry = em.create(AuditEntry, {
        action,
        recordType: changeSet.meta.className,
        recordId: String(changeSet.getSerializedPrimaryKey()),
        userId: context.userId ?? null,
        operation: context.operation,
        requestId: context.requestId ?? null,
        changes,
      });
      uow.computeChangeSet(entry);
    }
  }
}
