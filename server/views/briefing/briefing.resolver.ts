import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { briefing } from './briefing.service.js';
import { Briefing } from './briefing.types.js';

@ArgsType()
class BriefingArgs {
  @Field(() => ID, { nullable: true, description: 'Brief on this institution (give exactly one of institutionId, visitId, eventId).' })
  institutionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Brief on this visit: logistics, delegation with posts, agreements between host and guest, and compact briefings of both.' })
  visitId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Brief on this event: logistics, participants, outcomes, and compact briefings of the institutions taking part.' })
  eventId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Our institution: splits commitments into ours and theirs and says when our side last met their people.' })
  perspectiveId!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the briefing describes (default: today, UTC).' })
  asOf!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Recent activity from this date on (default: all).' })
  since!: string | null;
  @Field(() => Int, { nullable: true, description: 'How many recent events, visits and documents to list (1..50, default 10).' })
  recent!: number | null;
}

@Resolver()
export class BriefingResolver {
  @Query(() => Briefing, { description: 'A briefing note on an institution, a visit or an event, every statement footnoted to its source.' })
  briefing(@Args(() => BriefingArgs) args: BriefingArgs, @Ctx() ctx: RequestContext): Promise<Briefing> {
    return briefing(ctx, args);
  }
}
