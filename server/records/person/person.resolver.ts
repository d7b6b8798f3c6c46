import countries from 'i18n-iso-countries';
import type { DeletePayload } from '../../api/payloads.js';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { currentFirst, TemporalStatus, temporalStatus, withStatus } from '../../kernel/periods.js';
import { Person } from './person.entity.js';
import {
  CreatePersonInput,
  CreatePersonPayload,
  CreatePostInput,
  CreatePostPayload,
  CreateTenureInput,
  CreateTenurePayload,
  DeletePersonInput,
  DeletePersonPayload,
  DeletePostInput,
  DeletePostPayload,
  DeleteTenureInput,
  DeleteTenurePayload,
  PersonConnection,
  PersonFilter,
  PersonOrder,
  type PersonPayload,
  PostConnection,
  PostFilter,
  PostOrder,
  type PostPayload,
  type TenurePayload,
  UpdatePersonInput,
  UpdatePersonPayload,
  UpdatePostInput,
  UpdatePostPayload,
  UpdateTenureInput,
  UpdateTenurePayload,
} from './person.inputs.js';
import * as service from './person.service.js';
import { Post } from './post.entity.js';
import { Tenure } from './tenure.entity.js';

/** Tenures of a person or a post, batched per request; the loader's order is start date, newest first. */
const tenuresBy = (ctx: RequestContext, field: 'person' | 'post') => ctx.records.groupBy(Tenure, field, { startDate: 'desc' });

/** People currently in office through these tenures (one entry per person, in the given order). */
async function currentHolders(ctx: RequestContext, tenures: Tenure[]): Promise<Person[]> {
  const ids = [...new Set(withStatus(tenures, [TemporalStatus.ACTIVE]).map((t) => t.person.id))];
  const people = await ctx.records.byId(Person).loadMany(ids);
  return people.filter((p): p is Person => p instanceof Person);
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'One person; NOT_FOUND error if the ID is unknown.' })
  person(@Arg('id', () => ID, { description: 'Global ID of the person.' }) id: string, @Ctx() ctx: RequestContext): Promise<Person> {
    return service.getPerson(ctx, id);
  }

  @Query(() => PersonConnection, { description: 'People, filtered and ordered, as a Relay connection.' })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: PersonFilter | null,
    @Arg('orderBy', () => PersonOrder, { nullable: true, description: 'Sort order; see PersonOrder for the default.' }) orderBy: PersonOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Person>> {
    return service.listPeople(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => String, { nullable: true, description: 'English name of `country`.' })
  countryName(@Root() person: Person): string | null {
    return person.country ? (countries.getName(person.country, 'en') ?? null) : null;
  }

  @FieldResolver(() => [Tenure], {
    description: 'Posts this person holds or held: current ones first, then upcoming, then past (most recent first).',
  })
  async tenures(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Tenure[]> {
    return currentFirst(await tenuresBy(ctx, 'person').load(person.id));
  }

  @Mutation(() => CreatePersonPayload, { description: 'Creates a person. Requires the EDITOR role.' })
  async createPerson(@Arg('input', () => CreatePersonInput, { description: 'The new person.' }) input: CreatePersonInput, @Ctx() ctx: RequestContext): Promise<PersonPayload> {
    const { result, userErrors } = await service.createPerson(ctx, input);
    return { person: result, userErrors };
  }

  @Mutation(() => UpdatePersonPayload, { description: 'Changes a person: only the fields given. Requires the EDITOR role.' })
  async updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'The person to change (id, version) and the new values.' }) input: UpdatePersonInput, @Ctx() ctx: RequestContext): Promise<PersonPayload> {
    const { result, userErrors } = await service.updatePerson(ctx, input);
    return { person: result, userErrors };
  }

  @Mutation(() => DeletePersonPayload, {
    description: 'Refused with IN_USE while the person has tenures, relations, participations, visit memberships, commitments or signatures; `detach: true` deletes their tenures and relations with them.',
  })
  async deletePerson(@Arg('input', () => DeletePersonInput, { description: 'The person to delete.' }) input: DeletePersonInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deletePerson(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => Post)
export class PostResolver {
  @Query(() => Post, { description: 'One post; NOT_FOUND error if the ID is unknown.' })
  post(@Arg('id', () => ID, { description: 'Global ID of the post.' }) id: string, @Ctx() ctx: RequestContext): Promise<Post> {
    return service.getPost(ctx, id);
  }

  @Query(() => PostConnection, { description: 'Posts (positions at institutions), filtered and ordered, as a Relay connection.' })
  posts(
    @Arg('filter', () => PostFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: PostFilter | null,
    @Arg('orderBy', () => PostOrder, { nullable: true, description: 'Sort order; see PostOrder for the default.' }) orderBy: PostOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Post>> {
    return service.listPosts(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => Institution, { description: 'The institution this post belongs to.' })
  async institution(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<Institution> {
    return (await ctx.records.byId(Institution).load(post.institution.id)) as Institution;
  }

  @FieldResolver(() => [Tenure], { description: 'Everyone who holds, held or will hold this post: current first.' })
  async tenures(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<Tenure[]> {
    return currentFirst(await tenuresBy(ctx, 'post').load(post.id));
  }

  @FieldResolver(() => [Person], { description: 'Who holds this post today (by tenure dates).' })
  async holders(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return currentHolders(ctx, currentFirst(await tenuresBy(ctx, 'post').load(post.id)));
  }

  @Mutation(() => CreatePostPayload, { description: 'Creates a post. Requires the EDITOR role.' })
  async createPost(@Arg('input', () => CreatePostInput, { description: 'The new post.' }) input: CreatePostInput, @Ctx() ctx: RequestContext): Promise<PostPayload> {
    const { result, userErrors } = await service.createPost(ctx, input);
    return { post: result, userErrors };
  }

  @Mutation(() => UpdatePostPayload, { description: 'Changes a post: only the fields given. Requires the EDITOR role.' })
  async updatePost(@Arg('input', () => UpdatePostInput, { description: 'The post to change (id, version) and the new values.' }) input: UpdatePostInput, @Ctx() ctx: RequestContext): Promise<PostPayload> {
    const { result, userErrors } = await service.updatePost(ctx, input);
    return { post: result, userErrors };
  }

  @Mutation(() => DeletePostPayload, { description: 'Refused with IN_USE while the post has tenures, unless `detach: true` deletes them too.' })
  async deletePost(@Arg('input', () => DeletePostInput, { description: 'The post to delete.' }) input: DeletePostInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deletePost(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => Tenure)
export class TenureResolver {
  @Query(() => Tenure, { description: 'One tenure; NOT_FOUND error if the ID is unknown.' })
  tenure(@Arg('id', () => ID, { description: 'Global ID of the tenure.' }) id: string, @Ctx() ctx: RequestContext): Promise<Tenure> {
    return service.getTenure(ctx, id);
  }

  @FieldResolver(() => Person, { description: 'The person holding the post.' })
  async person(@Root() tenure: Tenure, @Ctx() ctx: RequestContext): Promise<Person> {
    return (await ctx.records.byId(Person).load(tenure.person.id)) as Person;
  }

  @FieldResolver(() => Post, { description: 'The post held.' })
  async post(@Root() tenure: Tenure, @Ctx() ctx: RequestContext): Promise<Post> {
    return (await ctx.records.byId(Post).load(tenure.post.id)) as Post;
  }

  @FieldResolver(() => TemporalStatus, { description: 'UPCOMING, ACTIVE or ENDED, from the dates and today (UTC); computed when read.' })
  status(@Root() tenure: Tenure): TemporalStatus {
    return temporalStatus(tenure.startDate, tenure.endDate);
  }

  @Mutation(() => CreateTenurePayload, { description: 'Creates a tenure. Requires the EDITOR role.' })
  async createTenure(@Arg('input', () => CreateTenureInput, { description: 'The new tenure.' }) input: CreateTenureInput, @Ctx() ctx: RequestContext): Promise<TenurePayload> {
    const { result, userErrors } = await service.createTenure(ctx, input);
    return { tenure: result, userErrors };
  }

  @Mutation(() => UpdateTenurePayload, { description: 'Changes a tenure: only the fields given. Requires the EDITOR role.' })
  async updateTenure(@Arg('input', () => UpdateTenureInput, { description: 'The tenure to change (id, version) and the new values.' }) input: UpdateTenureInput, @Ctx() ctx: RequestContext): Promise<TenurePayload> {
    const { result, userErrors } = await service.updateTenure(ctx, input);
    return { tenure: result, userErrors };
  }

  @Mutation(() => DeleteTenurePayload, { description: 'Deletes a tenure. Requires the ADMIN role.' })
  async deleteTenure(@Arg('input', () => DeleteTenureInput, { description: 'The tenure to delete.' }) input: DeleteTenureInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deleteTenure(ctx, input);
    return { deletedId: result, userErrors };
  }
}

/** Adds `posts` and `people` to Institution (kept in this area; batched like every relation). */
@Resolver(() => Institution)
export class InstitutionPeopleFields {
  @FieldResolver(() => [Post], { description: 'Positions at this institution: the head post first, then by title.' })
  async posts(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Post[]> {
    const posts = await ctx.records.groupBy(Post, 'institution', { title: 'asc' }).load(institution.id);
    return [...posts].sort((a, b) => Number(b.isHead) - Number(a.isHead));
  }

  @FieldResolver(() => [Person], { description: 'Who holds a post here today: holders of the head post first, then by post title.' })
  async people(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Person[]> {
    const posts = await this.posts(institution, ctx);
    const lists = await tenuresBy(ctx, 'post').loadMany(posts.map((p) => p.id));
    const tenures = lists.flatMap((list) => {
      if (list instanceof Error) throw list;
      return currentFirst(list);
    });
    return currentHolders(ctx, tenures);
  }
}
