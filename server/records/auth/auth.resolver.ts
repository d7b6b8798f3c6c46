import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { UserError } from '../../kernel/errors.js';
import { ConnectionArgs, type ConnectionShape, connectionTypes, toPageRequest } from '../../api/relay.js';
import { ApiToken } from './api-token.entity.js';
import { Role } from '../../kernel/role.js';
import * as accounts from './account.service.js';
import { User } from './user.entity.js';

@InputType()
class CreateUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
}

@InputType({ description: 'Fields left out stay as they are.' })
class UpdateUserInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => Boolean, { nullable: true, description: 'Disabling a user refuses all of their tokens from the next request on.' })
  disabled?: boolean | null;
}

@InputType()
class CreateApiTokenInput {
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true, description: 'Days until it expires (1..3650); null = no expiry.' }) expiresInDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'Admins may issue a token for another user.' }) userId?: string | null;
}

@ObjectType()
class UserPayload {
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The secret token. Shown only in this response: store it now.' })
  token!: string | null;
  @Field(() => ApiToken, { nullable: true }) apiToken!: ApiToken | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true }) apiToken!: ApiToken | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const { Connection: UserConnection } = connectionTypes('User', User);

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> | User {
    return accounts.currentUser(ctx);
  }

  @Query(() => UserConnection)
  users(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<User>> {
    return accounts.listUsers(ctx, toPageRequest(page));
  }

  @Mutation(() => UserPayload)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<UserPayload> {
    const { result, userErrors } = await accounts.createUser(ctx, input);
    return { user: result, userErrors };
  }

  @Mutation(() => UserPayload)
  async updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<UserPayload> {
    const { result, userErrors } = await accounts.updateUser(ctx, input);
    return { user: result, userErrors };
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'Your tokens; admins may list another user’s.' })
  apiTokens(@Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return accounts.listApiTokens(ctx, userId);
  }

  @Mutation(() => CreateApiTokenPayload)
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: RequestContext): Promise<CreateApiTokenPayload> {
    const { result, userErrors, secret } = await accounts.createApiToken(ctx, input);
    return { token: secret, apiToken: result, userErrors };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes a token; it is refused from the next request on.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RevokeApiTokenPayload> {
    const { result, userErrors } = await accounts.revokeApiToken(ctx, id);
    return { apiToken: result, userErrors };
  }

  @FieldResolver(() => User)
  user(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.records.byId(User).load(token.user.id);
  }
}
