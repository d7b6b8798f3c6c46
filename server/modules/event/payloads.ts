import { type ClassType, Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors.js';

/** `{ <field>: T, userErrors }`: the payload of a create/update mutation. */
export function recordPayload<T extends object>(name: string, field: string, type: ClassType<T>) {
  @ObjectType(name)
  class Payload {
    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  Field(() => type, { nullable: true, description: 'The record as saved; null when userErrors is not empty.' })(Payload.prototype, field);
  return Payload;
}

/** `{ deletedId, userErrors }`: the payload of a delete/remove mutation. */
export function deletePayload(name: string) {
  @ObjectType(name)
  class Payload {
    @Field(() => ID, { nullable: true, description: 'Global ID of the deleted record.' })
    deletedId!: string | null;

    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  return Payload;
}

export type DeletePayload = { deletedId: string | null; userErrors: UserError[] };
