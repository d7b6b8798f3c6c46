import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How well one field of a record kind is sourced.' })
export class ProvenanceFieldSummary {
  @Field(() => String, { description: 'GraphQL field name, e.g. "startDate".' }) field!: string;
  @Field(() => Int, { description: 'Records with a value in this field.' }) withValue!: number;
  @Field(() => Int, { description: 'Of those, records where no citation names this field.' }) uncited!: number;
  @Field(() => Int, { description: 'Of those, records where only INFERRED citations (the registry editors) name it.' }) inferred!: number;
}

@ObjectType({ description: 'How well one record kind is sourced.' })
export class ProvenanceKindSummary {
  @Field(() => String, { description: 'GraphQL type name, e.g. "Event".' }) recordType!: string;
  @Field(() => Int, { description: 'Records of this kind that you may see.' }) records!: number;
  @Field(() => Int, { description: 'Records citing no source at all (list them with `uncited: true` on the list query).' }) uncitedRecords!: number;
  @Field(() => [ProvenanceFieldSummary], { description: 'Every fact field of the kind, in a fixed order.' }) fields!: ProvenanceFieldSummary[];
}

@ObjectType({ description: 'Records and fields without a citation, by kind.' })
export class ProvenanceSummary {
  @Field(() => Int, { description: 'Records of all kinds that you may see.' }) records!: number;
  @Field(() => Int, { description: 'Records that cite no source at all.' }) uncitedRecords!: number;
  @Field(() => Int, { description: 'Field values no citation names, over all kinds.' }) uncitedFields!: number;
  @Field(() => Int, { description: 'Field values only the registry editors vouch for (INFERRED), over all kinds.' }) inferredFields!: number;
  @Field(() => [ProvenanceKindSummary], { description: 'One summary per record kind.' }) kinds!: ProvenanceKindSummary[];
}
