import { apiError, ErrorCode, type SubgraphContext } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../dates.js';
import type { OutcomesLoaders } from '../loaders.js';
import { enrolmentFacts } from '../references/enrolment-facts.js';
import { Enrolment } from '../references/enrolment.reference.js';
import { participantStore, type ParticipantRow } from './participant.store.js';
import { ParticipantEntry, RecordParticipantEntryInput, SpecialCategoryData } from './participant.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

const badInput = (message: string, argument: string) => apiError(ErrorCode.BAD_USER_INPUT, message, { argument });

@Resolver(() => ParticipantEntry)
export class ParticipantEntryResolver {
  @Mutation(() => ParticipantEntry, {
    description:
      "Records a participant's situation at entry, once per enrolment of the caller's organisation (COACH, ORG_ADMIN). Special-category data (disability, minority) only with explicitConsent true, kept apart and deleted when the consent is withdrawn. NOT_FOUND for an enrolment that is not the caller's; CONFLICT when the enrolment has an entry already; BAD_USER_INPUT for a birth year outside 1900..the entry year, or special categories without consent.",
  })
  async recordParticipantEntry(@Arg('input', () => RecordParticipantEntryInput, { description: 'The enrolment and the situation at entry.' }) input: RecordParticipantEntryInput, @Ctx() ctx: Context) {
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, input.enrolmentId);
    const entryYear = Number(enrolment.startedOn.slice(0, 4));
    if (!Number.isInteger(input.birthYear) || input.birthYear < 1900 || input.birthYear > entryYear) {
      throw badInput(`birthYear must be from 1900 to ${entryYear}, the year the enrolment started.`, 'birthYear');
    }
    if (input.specialCategories && input.specialCategories.explicitConsent !== true) {
      throw badInput('Special-category data is recorded only with the client\'s explicit consent (explicitConsent: true); omit it otherwise.', 'specialCategories');
    }
    return ctx.db.run(async (manager) => {
      const entry = await participantStore.insert(
        manager,
        {
          orgId: enrolment.organisationId,
          enrolmentId: enrolment.id,
          projectId: enrolment.projectId,
          enteredOn: enrolment.startedOn,
          gender: input.gender,
          birthYear: input.birthYear,
          labourMarketStatus: input.labourMarketStatus,
          education: input.education,
          thirdCountryNational: input.thirdCountryNational ?? false,
          foreignBackground: input.foreignBackground ?? false,
          homeless: input.homeless ?? false,
          ruralArea: input.ruralArea ?? false,
        },
        ctx.caller.subject,
      );
      if (!entry) throw apiError(ErrorCode.CONFLICT, 'The enrolment already has an entry record.', { argument: 'enrolmentId' });
      const special = input.specialCategories
        ? await participantStore.insertSpecial(manager, entry, { ...input.specialCategories, consentGivenOn: today() }, ctx.caller.subject)
        : null;
      return { ...entry, specialCategories: special };
    });
  }

  @Mutation(() => Boolean, {
    description:
      "The client withdrew the explicit consent: deletes the enrolment's special-category data (COACH, ORG_ADMIN of the organisation serving the client). True when there was some. Releases published before keep their counts; later revisions no longer count it.",
  })
  async withdrawSpecialCategoryConsent(@Arg('enrolmentId', () => ID, { description: 'The enrolment.' }) enrolmentId: string, @Ctx() ctx: Context) {
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, enrolmentId);
    return ctx.db.run((manager) => participantStore.deleteSpecial(manager, enrolment.id));
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() entry: ParticipantRow): Enrolment {
    return { id: entry.enrolmentId };
  }

  @FieldResolver(() => SpecialCategoryData, { nullable: true })
  specialCategories(@Root() entry: ParticipantRow & { specialCategories?: SpecialCategoryData | null }, @Ctx() ctx: Context) {
    if (entry.specialCategories !== undefined) return entry.specialCategories;
    return ctx.loaders.specialCategoriesByEnrolmentId.load(entry.enrolmentId);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentParticipantResolver {
  @FieldResolver(() => ParticipantEntry, { nullable: true, description: "The participant's situation at entry; null until recorded (organisation staff only)." })
  async participantEntry(@Root() enrolment: Enrolment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // logged as a personal-data read in the transaction of the read (docs/authorization.md "Audit log")
    return (await ctx.loaders.participantEntryRead.load(enrolment.id, ctx, info))[0] ?? null;
  }
}
