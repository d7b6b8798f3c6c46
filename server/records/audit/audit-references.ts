import { ReferenceKind } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { entityClassNamed } from '../../api/record-types.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { AuditEntry } from './audit-entry.entity.js';

@ObjectType({ description: 'A record an audit entry’s changes refer to by its key, named (so a history reads "parent: OIC", not a UUID).' })
export class AuditReference {
  @Field(() => String, { description: 'The changed field, e.g. "parent".' })
  field!: string;

  @Field(() => String, { description: 'The key as it appears in `changes` (before or after).' })
  key!: string;

  @Field(() => ID, { description: 'Global ID of the referenced record.' })
  id!: string;

  @Field(() => String, { description: 'GraphQL type name of the referenced record.' })
  type!: string;

  @Field(() => String, { description: 'Its name or title now.' })
  name!: string;
}

/**
 * The records an entry's changed references point at (many-to-one fields of the changed record's
 * entity), with their names. Keys already redacted for the caller (visibleHistory) are null and
 * not looked up; records that no longer exist (or that the caller may not see) are left out.
 */
export async function auditReferences(ctx: RequestContext, entry: AuditEntry): Promise<AuditReference[]> {
  const entity = entityClassNamed(ctx.em as never, entry.recordType, new Set());
  const meta = entity ? ctx.em.getMetadata().find(entity) : undefined;
  if (!meta) return [];
  const wanted: { field: string; key: string; entity: NonNullable<typeof meta.properties[string]['targetMeta']> }[] = [];
  for (const [field, change] of Object.entries(entry.changes ?? {})) {
    const prop = meta.properties[field as never] as (typeof meta.properties)[string] | undefined;
    if (!prop?.targetMeta || (prop.kind !== ReferenceKind.MANY_TO_ONE && prop.kind !== ReferenceKind.ONE_TO_ONE)) continue;
    for (const key of new Set([change?.before, change?.after])) {
      if (typeof key === 'string') wanted.push({ field, key, entity: prop.targetMeta });
    }
  }
  const found = await Promise.all(wanted.map((w) => ctx.records.byId(w.entity.class as never).load(w.key)));
  return wanted.flatMap((w, i) => {
    const record = found[i] as { id: string; name?: string; title?: string } | null | undefined;
    const name = record?.name ?? record?.title;
    return record && name ? [Object.assign(new AuditReference(), { field: w.field, key: w.key, id: toGlobalId(w.entity.className, record.id), type: w.entity.className, name })] : [];
  });
}
