import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether following the self-reference `property` of `entity` (an institution's parent, the
 * agreement an agreement renews) from record `fromId` reaches record `targetId`, `fromId` itself
 * included; bounded at 1000 steps. Refuses a parent or predecessor that would close a loop.
 * Table and column names come from the ORM's metadata, never from input.
 */
export async function chainReaches(
  em: EntityManager,
  entity: abstract new (...args: never[]) => unknown,
  property: string,
  fromId: string,
  targetId: string,
): Promise<boolean> {
  const meta = em.getMetadata().get(entity as never);
  const table = meta.tableName;
  const column = meta.properties[property as never].fieldNames[0];
  const rows = await em.execute<{ hit: number }[]>(
    `with recursive chain(id, next_id, depth) as (
       select id, "${column}", 1 from "${table}" where id = ?
       union all
       select t.id, t."${column}", c.depth + 1 from "${table}" t join chain c on t.id = c.next_id where c.depth < 1000
     ) select 1 as hit from chain where id = ? limit 1`,
    [fromId, targetId],
  );
  return rows.length > 0;
}
