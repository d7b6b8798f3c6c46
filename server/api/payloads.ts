import { type ClassType, Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../kernel/errors.js';
import './user-errors.js'; // UserError's GraphQL shape

/** `{ <field>: T, userErrors }`: the payload type of a create/update mutation. */
export function recordPayload<T extends object>(name: string, field: string, type: ClassType<T>) {
  @ObjectType(name)
  class Payload {
    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  Field(() => type, { nullable: true, description: `The ${field} as saved; null when userErrors is not empty.` })(Payload.prototype, field);
  return Payload;
}

/** `{ deletedId, userErrors }`: the payload type of a delete/remove mutation. */
export function deletePayload(name: string, what = 'record') {
  @ObjectType(name)
  class Payload {
    @Field(() => ID, { nullable: true, description: `Global ID of the deleted ${what}.` })
    deletedId!: string | null;

    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  return Payload;
}

export type DeletePayload = { deletedId: string | null; userErrors: UserError[] };
