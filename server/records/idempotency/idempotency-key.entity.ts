import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/**
 * A mutation request made with an `Idempotency-Key` header: while PENDING it blocks a concurrent
 * retry, once COMPLETED its response is replayed for retries with the same key and body.
 */
@Entity({ tableName: 'idempotency_key' })
@Unique({ name: 'idempotency_key_user_key_unique', properties: ['userId', 'key'] })
@Index({ name: 'idempotency_key_created_idx', properties: ['createdAt'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 200 })
  key!: string;

  /** SHA-256 of the operation text and variables: a key reused for another request is refused. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'string', length: 10 })
  status!: 'PENDING' | 'COMPLETED';

  @Property({ type: 'json', nullable: true })
  response?: unknown;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
