import type { SubgraphContext } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Extensions, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { EnrolmentEntity } from '../enrolments/enrolment.entity.js';
import { Enrolment } from '../enrolments/enrolment.type.js';
import type { JourneysLoaders } from '../loaders.js';

type Context = SubgraphContext<JourneysLoaders>;

@Resolver(() => Enrolment)
export class EnrolmentLinkageResolver {
  @Extensions({ sensitive: true })
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether this person is (or was) also a participant of this project at another partner, by the identity recorded with recordClientIdentity (docs/linkage.md). Null unless the client has a valid PARTICIPATION_CHECK consent for the project, and null when no identity is recorded. Never says which partner. Each answer is logged as a personal-data read. FORBIDDEN (reason LINKAGE_DAILY_LIMIT) once the organisation has had 200 answers about new identities in a day.",
  })
  async alsoAtAnotherPartner(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<boolean | null> {
    const row = await ctx.loaders.participationElsewhere.load(enrolment.id, ['enrolment.alsoAtAnotherPartner'], ctx, info);
    return row?.elsewhere ?? null;
  }
}
