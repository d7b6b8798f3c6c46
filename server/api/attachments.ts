import type { EntityManager } from '@mikro-orm/postgresql';

type Kind = { entity: abstract new (...args: never[]) => { id: string }; carriesAttachments: boolean };
const kinds: Kind[] = [];

/**
 * Declares an entity's rows attachments of the record their `recordId` names (citations, reported
 * figures, topic tags): removeAttachments deletes them with that record, so the folders of the
 * records need not know the folders that attach things to them. `carriesAttachments`: the rows have
 * attachments of their own (a figure cites sources), which go too.
 */
export function RecordAttachment(options: { carriesAttachments?: boolean } = {}) {
  return (entity: Kind['entity']): void => {
    kinds.push({ entity, carriesAttachments: options.carriesAttachments ?? false });
  };
}

/** Deletes the citations, topic tags and figures attached to these records. */
export async function removeAttachments(em: EntityManager, recordIds: string[]): Promise<void> {
  if (recordIds.length === 0) return;
  const nested: string[] = [];
  for (const kind of kinds.filter((k) => k.carriesAttachments)) {
    const rows = (await em.find(kind.entity as never, { recordId: { $in: recordIds } } as never)) as { id: string }[];
    nested.push(...rows.map((r) => r.id));
  }
  for (const kind of kinds) {
    await em.nativeDelete(kind.entity as never, { recordId: { $in: kind.carriesAttachments ? recordIds : [...recordIds, ...nested] } } as never);
  }
}
