import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { decodeIdOf, toGlobalId } from '../../kernel/global-id.js';
import { ConnectionArgs, type ConnectionShape, connectionTypes, toPageRequest } from '../../api/relay.js';
import { AuthError } from '../../api/access.js';
import { runMutation } from '../../api/mutation.js';
import { listConnection, referencedRecord } from '../../api/records.js';
import { parseInput, requiredText } from '../../kernel/validation.js';
import { ApiToken } from './api-token.entity.js';
import { hasRole, Role } from '../../kernel/role.js';
import { issueToken } from './auth.service.js';
import { forgetCachedTokens } from './token-cache.js';
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

const UserSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email({ message: 'must be an e-mail address' })),
  name: requiredText(200),
  role: z.enum(Role),
});

function notFound(field: string[]): UserErrorsException {
  return new UserErrorsException([UserError.of(field, UserErrorCode.NOT_FOUND, 'no such record')]);
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> | User {
    if (ctx.viewer?.dev) return Object.assign(new User(), { id: ctx.viewer.userId, email: 'dev@localhost', name: ctx.viewer.name, role: ctx.viewer.role });
    return ctx.records.byId(User).load(ctx.viewer!.userId) as Promise<User>;
  }

  @Query(() => UserConnection)
  users(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<User>> {
    return listConnection(ctx, User, {}, { email: 'asc' }, toPageRequest(page));
  }

  @Mutation(() => UserPayload)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<UserPayload> {
    const { result, userErrors } = await runMutation(
      ctx,
      async (em) => {
        const data = parseInput(UserSchema, input);
        const user = em.create(User, data);
        await em.flush();
        return user;
      },
      () => UserError.of(['input', 'email'], UserErrorCode.DUPLICATE, 'a user with this e-mail exists'),
    );
    return { user: result, userErrors };
  }

  @Mutation(() => UserPayload)
  async updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<UserPayload> {
    const { result, userErrors } = await runMutation(ctx, async (em) => {
      const user = await referencedRecord(em, User, input.id, ['input', 'id']);
      if (!user) throw notFound(['input', 'id']);
      if (input.version != null && input.version !== user.version) {
        throw new UserErrorsException([UserError.of(['input', 'version'], UserErrorCode.CONFLICT, 'the user changed since; reload')]);
      }
      if (input.name != null) user.name = parseInput(requiredText(200), input.name, ['input', 'name']);
      if (input.role != null) user.role = input.role;
      if (input.disabled != null) user.disabled = input.disabled;
      await em.flush();
      return user;
    });
    // After the commit: this process checks every token again (others within AUTH_CACHE_TTL_MS).
    if (result) forgetCachedTokens();
    return { user: result, userErrors };
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'Your tokens; admins may list another user’s.' })
  async apiTokens(@Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    const owner = userId ? decodeIdOf('User', userId) : ctx.viewer!.userId;
    if (owner !== ctx.viewer!.userId && !hasRole(ctx.viewer!.role, Role.ADMIN)) throw new AuthError('FORBIDDEN', 'only admins list other users’ tokens');
    return ctx.em.find(ApiToken, { user: owner ?? undefined }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @Mutation(() => CreateApiTokenPayload)
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: RequestContext): Promise<CreateApiTokenPayload> {
    let secret: string | null = null;
    const { result, userErrors } = await runMutation(ctx, async (em) => {
      const name = parseInput(requiredText(200), input.name, ['input', 'name']);
      if (input.expiresInDays != null && (input.expiresInDays < 1 || input.expiresInDays > 3650)) {
        throw new UserErrorsException([UserError.of(['input', 'expiresInDays'], UserErrorCode.INVALID_VALUE, 'must be between 1 and 3650')]);
      }
      const forOther = input.userId != null && decodeIdOf('User', input.userId) !== ctx.viewer!.userId;
      if (forOther && !hasRole(ctx.viewer!.role, Role.ADMIN)) throw new AuthError('FORBIDDEN', 'only admins issue tokens for other users');
      const user = await referencedRecord(em, User, input.userId ?? toGlobalId('User', ctx.viewer!.userId), ['input', 'userId']);
      if (!user) throw notFound(['input', 'userId']);
      const issued = issueToken(em, user, name, input.expiresInDays ?? null);
      secret = issued.token;
      await em.flush();
      return issued.apiToken;
    });
    return { token: result ? secret : null, apiToken: result, userErrors };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes a token; it is refused from the next request on.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RevokeApiTokenPayload> {
    const { result, userErrors } = await runMutation(ctx, async (em) => {
      const token = await referencedRecord(em, ApiToken, id, ['id']);
      if (!token) throw notFound(['id']);
      if (token.user.id !== ctx.viewer!.userId && !hasRole(ctx.viewer!.role, Role.ADMIN)) throw notFound(['id']);
      token.revokedAt ??= new Date();
      await em.flush();
      return token;
    });
    if (result) forgetCachedTokens();
    return { apiToken: result, userErrors };
  }

  @FieldResolver(() => User)
  user(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.records.byId(User).load(token.user.id);
  }
}
