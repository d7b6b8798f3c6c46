import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { User } from './user.entity.js';

/** A personal API token. Only its SHA-256 hash is stored; the token itself is shown once. */
@Entity({ tableName: 'api_token' })
@ObjectType('ApiToken', { implements: Node, description: 'A personal API token (its secret is never shown again after creation).' })
export class ApiToken extends RecordEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: 'api_token_user_idx' })
  user!: Ref<User>;

  @Field(() => String, { description: 'What the token is for, e.g. "laptop CLI".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique({ name: 'api_token_hash_unique' })
  tokenHash!: string;

  @Field(() => String, { description: 'The first characters of the token, to recognise it.' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Field(() => Date, { nullable: true, description: 'When the token stops working; null when it never expires.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token last authenticated a request; null if never used.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; null while it is valid.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
