import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { deletePayload, recordPayload } from '../../api/payloads.js';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Citation } from './citation.entity.js';
import { Claim } from './claim.entity.js';
import { CitationBasis, ClaimQualifier, SourceKind } from './provenance.enums.js';
import { Source } from './source.entity.js';

@InputType({ description: 'Narrows `sources`. All given conditions must hold.' })
export class SourceFilter {
  @Field(() => [SourceKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: SourceKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Published by this institution.' })
  publisherId?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the title or the publisher name as printed.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only sources no record cites; false: only sources cited at least once.' })
  uncited?: boolean | null;
}

export enum SourceOrderField {
  PUBLISHED_ON = 'PUBLISHED_ON',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SourceOrderField, {
  name: 'SourceOrderField',
  description: 'PUBLISHED_ON sorts partial dates as written; sources without a date come last.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    TITLE: { description: 'Alphabetically by title.' },
    PUBLISHED_ON: { description: 'By publication date.' },
  },
});

@InputType({ description: 'How to sort a list of source records.' })
export class SourceOrder {
  @Field(() => SourceOrderField, { defaultValue: SourceOrderField.PUBLISHED_ON, description: 'What to sort by.' })
  field: SourceOrderField = SourceOrderField.PUBLISHED_ON;

  @Field(() => SortDirection, { nullable: true, description: 'Default: DESC for PUBLISHED_ON (newest first), ASC for the others.' })
  direction?: SortDirection | null;
}

@InputType({ description: 'A new source: a publication that records cite.' })
export class CreateSourceInput {
  @Field(() => String, { description: 'The source’s title or headline.' }) title!: string;
  @Field(() => SourceKind, { description: 'What kind of publication it is.' }) kind!: SourceKind;
  @Field(() => String, { nullable: true, description: 'Publisher as printed, e.g. "Azernews".' }) publisherName?: string | null;
  @Field(() => ID, { nullable: true, description: 'The publisher as an institution of the registry.' }) publisherId?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) link; two sources cannot share one (DUPLICATE).' }) url?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' }) publishedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. "en", "az", "pt-BR".' }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'What the source contains.' }) description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateSourceInput {
  @Field(() => ID, { description: 'Global ID of the source to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'The source’s title or headline.' }) title?: string | null;
  @Field(() => SourceKind, { nullable: true, description: 'What kind of publication it is.' }) kind?: SourceKind | null;
  @Field(() => String, { nullable: true, description: 'Publisher as printed, e.g. "Azernews".' }) publisherName?: string | null;
  @Field(() => ID, { nullable: true, description: 'The publisher as an institution of the registry.' }) publisherId?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) link; two sources cannot share one (DUPLICATE).' }) url?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' }) publishedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. "en", "az", "pt-BR".' }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'What the source contains.' }) description?: string | null;
}

@InputType({ description: 'Which source to delete.' })
export class DeleteSourceInput {
  @Field(() => ID, { description: 'Global ID of the source to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the source changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also remove every citation of this source instead of refusing the delete (IN_USE).',
  })
  detachCitations = false;
}

@InputType({ description: 'Cites a source for any record (institution, event, document, figure …).' })
export class CiteSourceInput {
  @Field(() => ID, { description: 'Global ID of the record the source supports.' }) recordId!: string;
  @Field(() => ID, { description: 'Global ID of the source to cite.' }) sourceId!: string;
  @Field(() => String, { nullable: true, description: 'The words of the source that support the record.' }) quote?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the source: paragraph, page, timestamp.' }) locator?: string | null;
  @Field(() => [String], { nullable: true, description: 'The record fields this citation supports (e.g. ["startDate"]); omitted = the record as a whole.' })
  fields?: string[] | null;
  @Field(() => CitationBasis, { nullable: true, description: 'Default QUOTED; INFERRED needs a reason.' }) basis?: CitationBasis | null;
  @Field(() => String, { nullable: true, description: 'Why an INFERRED value was chosen.' }) reason?: string | null;
}

@InputType({ description: 'Which citation to remove.' })
export class RemoveCitationInput {
  @Field(() => ID, { description: 'Global ID of the citation to remove.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the remove is refused with CONFLICT if the citation changed since. Left out: remove whatever its version.' }) version?: number | null;
}

@InputType({ description: 'Records a figure a source reports about a record, optionally citing that source at once.' })
export class ReportFigureInput {
  @Field(() => ID, { description: 'Global ID of the record the figure is about.' }) recordId!: string;
  @Field(() => String, { description: 'What is counted, e.g. "participants", "countries".' }) measure!: string;
  @Field(() => ClaimQualifier, { nullable: true, description: 'Default EXACT; "over 200" is MORE_THAN 200.' }) qualifier?: ClaimQualifier | null;
  @Field(() => Float, { description: 'The number reported, e.g. 200 for "over 200 representatives".' }) value!: number;
  @Field(() => String, { nullable: true, description: 'The figure as the source words it.' }) statement?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When the figure applies.' }) asOf?: string | null;
  @Field(() => ID, { nullable: true, description: 'The source reporting it; cited for the figure in the same transaction.' }) sourceId?: string | null;
  @Field(() => String, { nullable: true, description: 'With sourceId: the supporting words.' }) quote?: string | null;
  @Field(() => String, { nullable: true, description: 'With sourceId: where in the source.' }) locator?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateClaimInput {
  @Field(() => ID, { description: 'Global ID of the claim to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the claim changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => String, { nullable: true, description: 'What is counted, e.g. "participants", "countries", "mine victims".' }) measure?: string | null;
  @Field(() => ClaimQualifier, { nullable: true, description: 'How the stated figure relates to value (exactly, about, more than …).' }) qualifier?: ClaimQualifier | null;
  @Field(() => Float, { nullable: true, description: 'The number reported, e.g. 200 for "over 200 representatives".' }) value?: number | null;
  @Field(() => String, { nullable: true, description: 'The figure as the source words it: "over 200 representatives".' }) statement?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When the figure applies (partial date).' }) asOf?: string | null;
}

@InputType({ description: 'Which claim to delete.' })
export class DeleteClaimInput {
  @Field(() => ID, { description: 'Global ID of the claim to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the claim changed since. Left out: delete whatever its version.' }) version?: number | null;
}

const sourcePayload = (name: string) => recordPayload(name, 'source', Source);

export const CreateSourcePayload = sourcePayload('CreateSourcePayload');
export const UpdateSourcePayload = sourcePayload('UpdateSourcePayload');
export type SourcePayload = { source: Source | null; userErrors: UserError[] };

const claimPayload = (name: string) => recordPayload(name, 'claim', Claim);

export const ReportFigurePayload = claimPayload('ReportFigurePayload');
export const UpdateClaimPayload = claimPayload('UpdateClaimPayload');
export type ClaimPayload = { claim: Claim | null; userErrors: UserError[] };

@ObjectType({ description: 'What `citeSource` returns: the result, or the userErrors that explain why nothing was written.' })
export class CiteSourcePayload {
  @Field(() => Citation, { nullable: true, description: 'The citation as saved; null when userErrors is not empty.' })
  citation!: Citation | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const DeleteSourcePayload = deletePayload('DeleteSourcePayload', 'source');
export const RemoveCitationPayload = deletePayload('RemoveCitationPayload', 'citation');
export const DeleteClaimPayload = deletePayload('DeleteClaimPayload', 'figure');

export const { Connection: SourceConnection } = connectionTypes('Source', Source);
