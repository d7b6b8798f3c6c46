import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { toGlobalId } from './global-id.js';

/** Relay's Node: anything with an opaque, globally unique ID that `node(id)` can fetch. */
@InterfaceType('Node', {
  description: 'An object with an opaque global ID that can be refetched with `node(id)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  // Read from the record's `globalId` getter: the `id` property holds the database key.
  @Field(() => ID, { name: 'id', description: 'Opaque global ID (stable; do not parse).' })
  globalId!: string;
}

/**
 * Columns every stored record has. The database key is a UUID; GraphQL shows it only as an
 * opaque global ID so clients cannot confuse one record type's key with another's.
 */
@Entity({ abstract: true })
// Not itself in the schema: each concrete record type declares `implements: Node`.
@ObjectType()
export abstract class RecordEntity<Defaulted extends string = never> {
  /** Properties `em.create` may omit (they have defaults); subclasses add theirs via `Defaulted`. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'globalId' | Defaulted;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record was last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Incremented on every change; send it back to update without overwriting others.' })
  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID (stable; do not parse).' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
