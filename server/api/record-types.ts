import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export type RecordClass = abstract new (...args: never[]) => { id: string };

const byMetadata = new WeakMap<MetadataStorage, Map<string, RecordClass>>();

/**
 * The entity class of a stored type by name (class name = GraphQL type name), read from the
 * ORM's metadata so that nothing below app/ needs the entity list; undefined when the name is
 * unknown or in `excluded`.
 */
export function entityClassNamed(em: EntityManager, typeName: string, excluded: ReadonlySet<string>): RecordClass | undefined {
  const metadata = em.getMetadata();
  let classes = byMetadata.get(metadata);
  if (!classes) {
    classes = new Map([...metadata].filter((meta) => !meta.abstract).map((meta) => [meta.className, meta.class as unknown as RecordClass]));
    byMetadata.set(metadata, classes);
  }
  return excluded.has(typeName) ? undefined : classes.get(typeName);
}
