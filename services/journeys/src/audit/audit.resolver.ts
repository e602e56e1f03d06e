import { apiError, decodeCursor, ErrorCode, isUuid, Locale, PageArgs, pageSize, toPage, type SubgraphContext, labelOf } from '@polku/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import { Referral } from '../referrals/referral.type.js';
import { Client } from '../clients/client.type.js';
import { accessPurposeLabels, type AccessPurpose } from '../vocabulary/access-purpose.js';
import { mergeReaders, outcomeReaders } from './outcome-readers.js';
import { auditStore, type AccessRow, type ReaderRow, type RecipientRow } from './audit.store.js';
import { ClientAccessReport, ClientDataReader, ClientDataRecipient, PersonalDataAccess, PersonalDataAccessArgs, PersonalDataAccessConnection } from './audit.type.js';

type Context = SubgraphContext<JourneysLoaders>;

const localeArg = () => Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." });
const purposeLabel = (purpose: AccessPurpose, ctx: Context, locale?: Locale | null) => labelOf(accessPurposeLabels, purpose, locale, ctx);

/**
 * The audit log of personal-data reads, for the organisation that owns the
 * data (its ORG_ADMIN and DATA_PROTECTION_OFFICER: auth/rules.ts). Row level
 * security shows each organisation only the reads of its own clients' data.
 */
@Resolver(() => PersonalDataAccess)
export class PersonalDataAccessResolver {
  @Query(() => PersonalDataAccessConnection, {
    description: "Reads of the caller's organisation's clients' personal data, newest first: by its own staff and by receivers of its referrals.",
  })
  async personalDataAccessLog(@Args() args: PersonalDataAccessArgs, @Args() page: PageArgs, @Ctx() ctx: Context) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['serial']);
    const filter = args.filter ?? {};
    for (const argument of ['clientId', 'actorOrganisationId'] as const) {
      if (filter[argument] && !isUuid(filter[argument])) throw apiError(ErrorCode.BAD_USER_INPUT, `filter.${argument} is not a valid id.`, { argument });
    }
    const rows = await ctx.db.run((manager) => auditStore.page(manager, filter, size + 1, after && String(after[0])));
    return toPage(rows, size, (row) => [row.id]);
  }

  @Query(() => ClientAccessReport, {
    nullable: true,
    description: "Who read or received one of the caller's organisation's clients' personal data, and when; null when there is no such client.",
  })
  async clientAccessReport(@Arg('clientId', () => ID, { description: 'The client.' }) clientId: string, @Ctx() ctx: Context) {
    const client = await ctx.loaders.clientById.load(clientId);
    if (!client) return null;
    const [readers, recipients] = await ctx.db.run((manager) => Promise.all([auditStore.readersOf(manager, client.id), auditStore.recipientsOf(manager, client.id)]));
    // Outcomes' log of its person-level records about the client's enrolments, asked with the caller's token.
    const enrolments = await ctx.loaders.enrolmentsByClientId.load(client.id);
    const fromOutcomes = await outcomeReaders(ctx.peers, enrolments.map((enrolment) => enrolment.id));
    return { client, readers: mergeReaders(readers, fromOutcomes), recipients };
  }

  @FieldResolver(() => Client, { nullable: true })
  client(@Root() row: AccessRow, @Ctx() ctx: Context) {
    return ctx.loaders.clientById.load(row.clientId);
  }

  @FieldResolver(() => Organisation)
  actorOrganisation(@Root() row: AccessRow): Organisation {
    return { id: row.actorOrgId };
  }

  @FieldResolver(() => String)
  purposeLabel(@Root() row: AccessRow, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return purposeLabel(row.purpose, ctx, locale);
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Root() row: AccessRow, @Ctx() ctx: Context) {
    return row.referralId ? ctx.loaders.referralById.load(row.referralId) : null;
  }
}

@Resolver(() => ClientDataReader)
export class ClientDataReaderResolver {
  @FieldResolver(() => Organisation)
  actorOrganisation(@Root() row: ReaderRow): Organisation {
    return { id: row.actorOrgId };
  }

  @FieldResolver(() => String)
  purposeLabel(@Root() row: ReaderRow, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return purposeLabel(row.purpose, ctx, locale);
  }
}

@Resolver(() => ClientDataRecipient)
export class ClientDataRecipientResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() row: RecipientRow): Organisation {
    return { id: row.receiverOrgId };
  }

  @FieldResolver(() => Referral)
  referral(@Root() row: RecipientRow, @Ctx() ctx: Context) {
    return ctx.loaders.referralById.load(row.referralId);
  }
}
