import { apiError, decodeCursor, ErrorCode, isUuid, Locale, PageArgs, pageSize, toPage, type SubgraphContext, labelOf } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../audit/selected-fields.js';
import { explainConstraint } from '../db/constraint-errors.js';
import { Enrolment } from '../enrolments/enrolment.type.js';
import { once } from '../idempotency/idempotency.js';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import { educationLevelLabels, obstacleLabels } from '../vocabulary/client-background.js';
import { ClientEntity } from './client.entity.js';
import { checkedIdentity } from '../linkage/identity-input.js';
import { linkageStore } from '../linkage/linkage.store.js';
import { clientStore } from './client.store.js';
import { Client, ClientBackground, ClientConnection, ClientIdentityInput, ClientPersonalData, CreateClientInput } from './client.type.js';

type Context = SubgraphContext<JourneysLoaders>;

/** A label is the same data as its value: the log names the data, not its presentation. */
const backgroundFields = (info: GraphQLResolveInfo) =>
  [...new Set(selectedFields(info, 'background').map((field) => field.replace(/Labels?$/, '').replace(/^background\.obstacle$/, 'background.obstacles')))];

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientConnection, { description: "The caller's organisation's clients by code, a page at a time." })
  async clients(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('codePrefix', () => String, { nullable: true, description: 'Only clients whose code starts with this, e.g. "SOT-".' }) codePrefix?: string | null,
  ) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['text']);
    const rows = await ctx.db.run((manager) => clientStore.page(manager, { codePrefix }, size + 1, after?.[0]));
    return toPage(rows, size, (row) => [row.code]);
  }

  @Mutation(() => Client, { description: "Adds a client to the caller's organisation; personal data is stored apart from the pseudonymous record." })
  async createClient(@Arg('input', () => CreateClientInput, { description: 'The client.' }) input: CreateClientInput, @Ctx() ctx: Context) {
    if (!/^[A-Z0-9][A-Z0-9-]{2,31}$/.test(input.code)) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'code must be 3 to 32 capitals, digits or dashes, e.g. "SOT-0042".', { argument: 'code' });
    }
    const { personal } = input;
    const identity = personal ? checkedIdentity(personal) : null;
    const id = await ctx.db
      .run((manager) =>
        once(manager, ctx.caller, input.idempotencyKey, 'createClient', input, async () => {
          const client = await clientStore.create(
            manager,
            ctx.caller.organisationId,
            { code: input.code, educationLevel: input.educationLevel ?? null, obstacles: [...new Set(input.obstacles ?? [])] },
            personal && {
              fullName: personal.fullName,
              birthYear: personal.birthYear ?? null,
              personalIdentityCode: identity!.personalIdentityCode,
              birthDate: identity!.birthDate,
              municipality: personal.municipality ?? null,
              languages: personal.languages ?? [],
              contact: personal.contact ?? null,
            },
          );
          return client.id;
        }),
      )
      .catch(explainConstraint);
    return ctx.loaders.clientById.load(id);
  }

  @Mutation(() => Client, {
    description:
      "Records (or, with both fields null, clears) the identity a client of the caller's organisation is counted once by across a project's partners (docs/linkage.md). The identity stays personal data of the caller's organisation; only a keyed hash of it per project is compared, in the database, and never returned. Needs the client's personal data (the full name).",
  })
  async recordClientIdentity(
    @Arg('clientId', () => ID, { description: "The client (of the caller's organisation)." }) clientId: string,
    @Arg('identity', () => ClientIdentityInput, { description: 'The identity.' }) input: ClientIdentityInput,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(clientId)) throw apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });
    const identity = checkedIdentity(input);
    await ctx.db
      .run(async (manager) => {
        if (!(await manager.existsBy(ClientEntity, { id: clientId }))) throw apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });
        if (!(await clientStore.setIdentity(manager, clientId, identity))) {
          throw apiError(ErrorCode.BAD_USER_INPUT, 'Record the client\'s personal data (the full name) first.', { argument: 'clientId', reason: 'NO_PERSONAL_DATA' });
        }
        await linkageStore.refresh(manager, { clientId });
      })
      .catch(explainConstraint);
    return ctx.loaders.clientById.load(clientId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() client: ClientEntity): Organisation {
    return { id: client.orgId };
  }

  // Personal data and background are read through one audited loader: each read is logged in its own transaction.
  @FieldResolver(() => ClientPersonalData, { nullable: true })
  async personal(@Root() client: ClientEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const data = await ctx.loaders.clientPersonalData.load(client.id, selectedFields(info, 'personal'), ctx, info);
    return data?.personal ?? null;
  }

  @FieldResolver(() => ClientBackground)
  async background(
    @Root() client: ClientEntity,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('locale', () => Locale, { nullable: true, description: "Language of the labels; the request's Accept-Language by default." }) locale?: Locale | null,
  ): Promise<ClientBackground> {
    const data = await ctx.loaders.clientPersonalData.load(client.id, backgroundFields(info), ctx, info);
    if (!data) throw apiError(ErrorCode.NOT_FOUND, 'No such client.');
    return {
      educationLevel: data.educationLevel,
      educationLevelLabel: data.educationLevel && labelOf(educationLevelLabels, data.educationLevel, locale, ctx),
      obstacles: data.obstacles,
      obstacleLabels: data.obstacles.map((obstacle) => labelOf(obstacleLabels, obstacle, locale, ctx)),
    };
  }

  @FieldResolver(() => [Enrolment], { description: "The client's enrolments, by start day." })
  enrolments(@Root() client: ClientEntity, @Ctx() ctx: Context) {
    return ctx.loaders.enrolmentsByClientId.load(client.id);
  }
}
