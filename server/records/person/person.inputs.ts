import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { deletePayload, recordPayload } from '../../api/payloads.js';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { Tenure } from './tenure.entity.js';
import '../../kernel/periods.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

// ── Person ──────────────────────────────────────────────────────────────────────────────────────

@InputType({ description: 'Narrows `people`. All given conditions must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Matches name and aliases; case- and accent-insensitive substring match.' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these ISO 3166-1 alpha-2 country codes.' })
  country?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only people who hold or held a post at this institution.' })
  institutionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum PersonOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'What people can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    NAME: { description: 'Alphabetically by name.' },
  },
});

@InputType({ description: 'How to sort a list of person records.' })
export class PersonOrder {
  @Field(() => PersonOrderField, { defaultValue: PersonOrderField.NAME, description: 'What to sort by.' })
  field: PersonOrderField = PersonOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'A new person.' })
export class CreatePersonInput {
  @Field(() => String, { description: 'Full name as commonly written, e.g. "Sabina Aliyeva".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Form of address, e.g. "Ms", "Dr", "H.E.".' }) honorific?: string | null;
  @Field(() => [String], { nullable: true, description: 'Other spellings and transliterations.' }) aliases?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'Who the person is, in a few sentences.' }) description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'Global ID of the person to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'Full name as commonly written, e.g. "Sabina Aliyeva".' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Form of address, e.g. "Ms", "Dr", "H.E.".' }) honorific?: string | null;
  @Field(() => [String], { nullable: true, description: 'Other spellings and transliterations.' }) aliases?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'Who the person is, in a few sentences.' }) description?: string | null;
}

@InputType({ description: 'Which person to delete.' })
export class DeletePersonInput {
  @Field(() => ID, { description: 'Global ID of the person to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the person changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also delete the person’s tenures and the relations they are the subject of, instead of refusing the delete. ' +
      'Event participations, visit memberships, commitments and signatures still block it.',
  })
  detach = false;
}

const personPayload = (name: string) => recordPayload(name, 'person', Person);

export const CreatePersonPayload = personPayload('CreatePersonPayload');
export const UpdatePersonPayload = personPayload('UpdatePersonPayload');
export type PersonPayload = { person: Person | null; userErrors: UserError[] };

// ── Post ────────────────────────────────────────────────────────────────────────────────────────

@InputType({ description: 'Narrows `posts`. All given conditions must hold.' })
export class PostFilter {
  @Field(() => ID, { nullable: true, description: 'Only posts at this institution.' })
  institutionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only head posts; false: only other posts.' })
  isHead?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the title.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum PostOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(PostOrderField, {
  name: 'PostOrderField',
  description: 'What posts can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    TITLE: { description: 'Alphabetically by title.' },
  },
});

@InputType({ description: 'How to sort a list of post records.' })
export class PostOrder {
  @Field(() => PostOrderField, { defaultValue: PostOrderField.TITLE, description: 'What to sort by.' })
  field: PostOrderField = PostOrderField.TITLE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'A new position at an institution.' })
export class CreatePostInput {
  @Field(() => String, { description: 'Unique per institution (ignoring case and accents).' }) title!: string;
  @Field(() => ID, { description: 'Global ID of the institution the post belongs to.' }) institutionId!: string;
  @Field(() => Boolean, { nullable: true, description: 'The head of the institution; default false.' }) isHead?: boolean | null;
  @Field(() => String, { nullable: true, description: 'What the post involves.' }) description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdatePostInput {
  @Field(() => ID, { description: 'Global ID of the post to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the post changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => String, { nullable: true, description: 'Unique per institution (ignoring case and accents).' }) title?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the institution the post belongs to.' }) institutionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The head of the institution (ombudsman, president, chair).' }) isHead?: boolean | null;
  @Field(() => String, { nullable: true, description: 'What the post involves.' }) description?: string | null;
}

@InputType({ description: 'Which post to delete.' })
export class DeletePostInput {
  @Field(() => ID, { description: 'Global ID of the post to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the post changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Also delete the tenures of this post instead of refusing the delete.' })
  detach = false;
}

const postPayload = (name: string) => recordPayload(name, 'post', Post);

export const CreatePostPayload = postPayload('CreatePostPayload');
export const UpdatePostPayload = postPayload('UpdatePostPayload');
export type PostPayload = { post: Post | null; userErrors: UserError[] };

// ── Tenure ──────────────────────────────────────────────────────────────────────────────────────

@InputType({ description: 'A person holding a post from a date.' })
export class CreateTenureInput {
  @Field(() => ID, { description: 'Global ID of the person.' }) personId!: string;
  @Field(() => ID, { description: 'Global ID of the post.' }) postId!: string;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When the person took up the post: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Not before startDate; null while in office.' }) endDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Acting or interim holder; default false.' }) acting?: boolean | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateTenureInput {
  @Field(() => ID, { description: 'Global ID of the tenure to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the tenure changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the person.' }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the post.' }) postId?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When the person took up the post: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Not before startDate; null while in office.' }) endDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Acting or interim holder.' }) acting?: boolean | null;
}

@InputType({ description: 'Which tenure to delete.' })
export class DeleteTenureInput {
  @Field(() => ID, { description: 'Global ID of the tenure to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the tenure changed since. Left out: delete whatever its version.' }) version?: number | null;
}

const tenurePayload = (name: string) => recordPayload(name, 'tenure', Tenure);

export const CreateTenurePayload = tenurePayload('CreateTenurePayload');
export const UpdateTenurePayload = tenurePayload('UpdateTenurePayload');
export type TenurePayload = { tenure: Tenure | null; userErrors: UserError[] };

// ── Deletes and connections ─────────────────────────────────────────────────────────────────────

export const DeletePersonPayload = deletePayload('DeletePersonPayload', 'person');
export const DeletePostPayload = deletePayload('DeletePostPayload', 'post');
export const DeleteTenurePayload = deletePayload('DeleteTenurePayload', 'tenure');

export const { Connection: PersonConnection } = connectionTypes('Person', Person);
export const { Connection: PostConnection } = connectionTypes('Post', Post);
