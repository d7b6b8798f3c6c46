import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { Role } from '../../kernel/role.js';

@Entity({ tableName: 'app_user' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'app_user_email_id_idx', properties: ['email', 'id'] })
@ObjectType('User', { implements: Node, description: 'A person who uses the registry.' })
export class User extends RecordEntity<'disabled'> {
  @Field(() => String, { description: 'Sign-in e-mail address.' })
  @Property({ type: 'string', length: 320 })
  @Unique({ name: 'app_user_email_unique' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @Enum({ items: () => Role, type: 'string', length: 10 })
  role!: Role;

  @Field(() => Boolean, { description: 'Disabled users cannot sign in with any token.' })
  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;
}
