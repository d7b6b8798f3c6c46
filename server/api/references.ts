import type { EntityManager } from '@mikro-orm/postgresql';
import { removeAttachments } from './attachments.js';

type EntityClass = abstract new (...args: never[]) => unknown;

export type Reference = {
  entity: EntityClass;
  /** Property on `entity` that points at the record being deleted. */
  field: string;
  /** Noun for the message with its count's form in braces, e.g. "participation{|s}", "part{y|ies}". */
  label: string;
  /** Only the referring rows that match count (e.g. done commitments without other evidence). */
  where?: Record<string, unknown>;
  /** What the caller's "detach" does to the referring rows: delete them (a person's tenures) or clear the reference. */
  detach?: 'delete' | 'clear';
};

const declared: Reference[] = [];

/**
 * Marks a many-to-one property as a reference that keeps the record it points at from being
 * deleted ("still referenced by 3 <label>"). The folder that owns the foreign key declares it, so
 * the referenced record's folder need not import everyone who points at it: referencesTo() finds
 * the declarations through the ORM's metadata.
 */
export function BlocksDelete(label: string, options: Pick<Reference, 'where' | 'detach'> = {}) {
  return (prototype: object, field: string): void => {
    declared.push({ entity: prototype.constructor as EntityClass, field, label, ...options });
  };
}

/** The declared references whose foreign key points at `target`. */
export function referencesTo(em: EntityManager, target: EntityClass): Reference[] {
  const metadata = em.getMetadata();
  return declared.filter((ref) => metadata.find(ref.entity as never)?.properties[ref.field as never]?.targetMeta?.class === target);
}

/** "1 tenure", "3 tenures": `label` carries both forms in braces ("tenure{|s}"). */
export function counted(count: number, label: string): string {
  return `${count} ${label.replace(/\{([^|}]*)\|([^}]*)\}/g, (_, one: string, many: string) => (count === 1 ? one : many))}`;
}

/** Counts what still points at a record, as "3 tenures, 1 relation" parts (empty when nothing). */
export async function referenceCounts(em: EntityManager, id: string, references: Reference[]): Promise<string[]> {
  const parts: string[] = [];
  for (const ref of references) {
    const count = await em.count(ref.entity as never, { ...ref.where, [ref.field]: id } as never);
    if (count > 0) parts.push(counted(count, ref.label));
  }
  return parts;
}

/**
 * Detaches what `references` (those with a `detach`) point at record `id`: deletes the rows (and
 * their attachments) or clears their reference, through the unit of work so each change is audited.
 */
export async function detachReferences(em: EntityManager, id: string, references: Reference[]): Promise<void> {
  const deleted: { id: string }[] = [];
  for (const ref of references.filter((r) => r.detach)) {
    const rows = (await em.find(ref.entity as never, { [ref.field]: id } as never)) as (Record<string, unknown> & { id: string })[];
    if (ref.detach === 'delete') deleted.push(...rows);
    else for (const row of rows) row[ref.field] = null;
  }
  if (deleted.length === 0) return;
  await removeAttachments(em, deleted.map((r) => r.id));
  for (const row of deleted) em.remove(row);
}
