import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { UserError } from '../../kernel/errors.js';
import { ConnectionArgs, type ConnectionShape, connectionTypes, toPageRequest } from '../../api/relay.js';
import { ApiToken } from './api-token.entity.js';
import { Role } from '../../kernel/role.js';
import * as accounts from './account.service.js';
import { User } from './user.entity.js';

@InputType({ description: 'A new user account.' })
class CreateUserInput {
  @Field(() => String, { description: 'Sign-in e-mail address; unique.' }) email!: string;
  @Field(() => String, { description: 'Display name.' }) name!: string;
  @Field(() => Role, { description: 'What the user may do: VIEWER, EDITOR or ADMIN.' }) role!: Role;
}

@InputType({ description: 'Fields left out stay as they are.' })
class UpdateUserInput {
  @Field(() => ID, { description: 'Global ID of the user to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the user changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => String, { nullable: true, description: 'Display name.' }) name?: string | null;
  @Field(() => Role, { nullable: true, description: 'What the user may do: VIEWER, EDITOR or ADMIN.' }) role?: Role | null;
  @Field(() => Boolean, { nullable: true, description: 'Disabling a user refuses all of their tokens from the next request on.' })
  disabled?: boolean | null;
}

@InputType({ description: 'A new personal API token for the caller (or, for an admin, another user).' })
class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "laptop CLI"; shown in token lists.' }) name!: string;
  @Field(() => Int, { nullable: true, description: 'Days until it expires (1..3650); null = no expiry.' }) expiresInDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'Admins may issue a token for another user.' }) userId?: string | null;
}

@ObjectType({ description: 'What `createUser` and `updateUser` return: the user as saved, or the userErrors that explain why nothing was written.' })
class UserPayload {
  @Field(() => User, { nullable: true, description: 'The user as saved; null when userErrors is not empty.' }) user!: User | null;
  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' }) userErrors!: UserError[];
}

@ObjectType({ description: 'What `createApiToken` returns: the token’s secret and record, or the userErrors that explain why nothing was written.' })
class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The secret token. Shown only in this response: store it now.' })
  token!: string | null;
  @Field(() => ApiToken, { nullable: true, description: 'The new token’s record; null when userErrors is not empty.' }) apiToken!: ApiToken | null;
  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' }) userErrors!: UserError[];
}

@ObjectType({ description: 'What `revokeApiToken` returns: the revoked token, or the userErrors that explain why nothing changed.' })
class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The revoked token; null when userErrors is not empty.' }) apiToken!: ApiToken | null;
  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' }) userErrors!: UserError[];
}

const { Connection: UserConnection } = connectionTypes('User', User);

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> | User {
    return accounts.currentUser(ctx);
  }

  @Query(() => UserConnection, { description: 'Every user account, by e-mail. Requires the ADMIN role.' })
  users(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<User>> {
    return accounts.listUsers(ctx, toPageRequest(page));
  }

  @Mutation(() => UserPayload, { description: 'Creates a user account. Requires the ADMIN role.' })
  async createUser(@Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<UserPayload> {
    const { result, userErrors } = await accounts.createUser(ctx, input);
    return { user: result, userErrors };
  }

  @Mutation(() => UserPayload, { description: 'Changes a user account: only the fields given. Requires the ADMIN role.' })
  async updateUser(@Arg('input', () => UpdateUserInput, { description: 'The user to change (id, version) and the new values.' }) input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<UserPayload> {
    const { result, userErrors } = await accounts.updateUser(ctx, input);
    return { user: result, userErrors };
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'Your tokens; admins may list another user’s.' })
  apiTokens(@Arg('userId', () => ID, { nullable: true, description: 'Whose tokens: your own when left out; another user’s needs the ADMIN role.' }) userId: string | null, @Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return accounts.listApiTokens(ctx, userId);
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token; its secret is returned once. Any signed-in user (for another user: ADMIN).' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'The token’s name and lifetime.' }) input: CreateApiTokenInput, @Ctx() ctx: RequestContext): Promise<CreateApiTokenPayload> {
    const { result, userErrors, secret } = await accounts.createApiToken(ctx, input);
    return { token: secret, apiToken: result, userErrors };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes a token; it is refused from the next request on.' })
  async revokeApiToken(@Arg('id', () => ID, { description: 'Global ID of the token to revoke.' }) id: string, @Ctx() ctx: RequestContext): Promise<RevokeApiTokenPayload> {
    const { result, userErrors } = await accounts.revokeApiToken(ctx, id);
    return { apiToken: result, userErrors };
  }

  @FieldResolver(() => User, { description: 'The user the token acts as.' })
  user(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.records.byId(User).load(token.user.id);
  }
}
