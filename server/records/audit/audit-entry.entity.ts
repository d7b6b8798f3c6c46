import { HideWhenRecordInternal } from '../../kernel/confidential.js';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a write did to a record.',
  valuesConfig: {
    CREATE: { description: 'The record was created.' },
    DELETE: { description: 'The record was deleted.' },
    UPDATE: { description: 'The record was changed.' },
  },
});

/**
 * One change to one record, written in the same transaction as the change (a rolled-back
 * mutation leaves none). There is no API to change or delete audit entries.
 */
@Entity({ tableName: 'audit_entry' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'audit_entry_created_at_id_idx', properties: ['createdAt', 'id'] })
@HideWhenRecordInternal()
@Index({ name: 'audit_entry_record_idx', properties: ['recordId', 'createdAt'] })
@ObjectType('AuditEntry', { implements: Node, description: 'Who changed which record, when, through which operation, and how.' })
export class AuditEntry extends RecordEntity {
  @Field(() => AuditAction, { description: 'Whether the record was created, changed or deleted.' })
  @Enum({ items: () => AuditAction, type: 'string', length: 10 })
  action!: AuditAction;

  @Field(() => String, { description: 'GraphQL type name of the changed record.' })
  @Property({ type: 'string', length: 40 })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'audit_entry_user_idx' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'The GraphQL mutation (or system job) that made the change.' })
  @Property({ type: 'string', length: 100, nullable: true })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'ID of the HTTP request that made the change (the X-Request-Id response header), to match server logs; null for changes made outside a request (seed, migrations).' })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }.' })
  @Property({ type: 'json' })
  changes!: Record<string, { before: unknown; after: unknown }>;
}
