import { type ClassType, Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../kernel/errors.js';
import './user-errors.js'; // UserError's GraphQL shape

const USER_ERRORS = 'Why the input was refused; empty on success. When not empty, nothing was written.';

/** `CreateInstitutionPayload` → `createInstitution`: the mutation a payload type belongs to, for its description. */
const mutationOf = (name: string) => `\`${name[0]!.toLowerCase()}${name.slice(1).replace(/Payload$/, '')}\``;

/** `{ <field>: T, userErrors }`: the payload type of a create/update mutation. */
export function recordPayload<T extends object>(name: string, field: string, type: ClassType<T>) {
  @ObjectType(name, { description: `What ${mutationOf(name)} returns: the ${field} as saved, or the userErrors that explain why nothing was written.` })
  class Payload {
    @Field(() => [UserError], { description: USER_ERRORS })
    userErrors!: UserError[];
  }
  Field(() => type, { nullable: true, description: `The ${field} as saved; null when userErrors is not empty.` })(Payload.prototype, field);
  return Payload;
}

/** `{ deletedId, userErrors }`: the payload type of a delete/remove mutation. */
export function deletePayload(name: string, what = 'record') {
  @ObjectType(name, { description: `What ${mutationOf(name)} returns: the ID of the deleted ${what}, or the userErrors that explain why nothing was deleted.` })
  class Payload {
    @Field(() => ID, { nullable: true, description: `Global ID of the deleted ${what}.` })
    deletedId!: string | null;

    @Field(() => [UserError], { description: USER_ERRORS })
    userErrors!: UserError[];
  }
  return Payload;
}

export type DeletePayload = { deletedId: string | null; userErrors: UserError[] };
