import { Field, InputType, ObjectType } from 'type-graphql';

/** An identifier of an institution in another registry, stored inline with the institution. */
@ObjectType('InstitutionIdentifier', { description: 'An identifier of an institution in another registry, e.g. Wikidata Q-number or GANHRI ID.' })
@InputType('InstitutionIdentifierInput', { description: 'An identifier of an institution in another registry.' })
export class InstitutionIdentifier {
  @Field(() => String, { description: 'Registry or scheme, e.g. "WIKIDATA", "GANHRI", "ROR", "VAT".' })
  scheme!: string;

  @Field(() => String, { description: 'The identifier within that scheme, e.g. "Q4116553".' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'A link to the record in that registry.' })
  url?: string | null;
}
