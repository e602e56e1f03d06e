import { apiError, decodeCursor, ErrorCode, Locale, PageArgs, pageSize, toPage, type SubgraphContext } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { callerOperationName } from '../audit/selected-fields.js';
import { explainConstraint } from '../db/constraint-errors.js';
import { todayInFinland } from '../enrolments/path-template.js';
import type { JourneysLoaders } from '../loaders.js';
import { eraseClient, eraseOutcomesThrough, exitDaysThrough, exportClientData, retentionDue } from './client-rights.service.js';
import { clientRightsStore } from './client-rights.store.js';
import { ClientDataExport, ClientErasureConnection, ClientErasureResult, ErasureBasis, RetentionCandidate, RetentionPolicy } from './client-rights.type.js';
import { printableExport } from './printable.js';

type Context = SubgraphContext<JourneysLoaders>;
const clientIdArg = () => Arg('clientId', () => ID, { description: "The client (of the caller's organisation)." });

/**
 * Clients' rights (docs/client-data-export.md, docs/retention.md): a copy of
 * a client's data, erasure, the erasure log and the retention policy. For
 * the owning organisation's ORG_ADMIN and DATA_PROTECTION_OFFICER.
 */
@Resolver()
export class ClientRightsResolver {
  @Query(() => ClientDataExport, {
    description:
      "Everything the platform holds about one client of the caller's organisation, across journeys and outcomes, as a versioned JSON document and a printable text; the export is itself logged in the personal-data access log (purpose DATA_SUBJECT_REQUEST). NOT_FOUND for a client that is not the caller's organisation's.",
  })
  async exportClientData(
    @clientIdArg() clientId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('locale', () => Locale, { nullable: true, description: "Language of the printable text; the request's Accept-Language by default." }) locale?: Locale | null,
  ): Promise<ClientDataExport> {
    const document = await exportClientData(ctx.db, ctx.peers, clientId, { requestId: ctx.requestId, correlationId: ctx.correlationId, operationName: callerOperationName(info) });
    return { schemaVersion: document.schemaVersion, generatedAt: new Date(document.generatedAt), document: { ...document }, printable: printableExport(document, locale ?? ctx.locale) };
  }

  @Mutation(() => ClientErasureResult, {
    description:
      "Erases a client's personal data and free text in every service (journeys and outcomes); the pseudonymous statistical record (enrolments, exits' destinations and dates, follow-ups, scores) stays, so figures and releases do not move. Consents are withdrawn and shared copies deleted, so partners who received the client lose access at once. Logged with who, when and the reason (which must not repeat the client's personal data). NOT_FOUND for a client that is not the caller's organisation's; BAD_USER_INPUT for a bad reason.",
  })
  async eraseClient(
    @clientIdArg() clientId: string,
    @Arg('reason', () => String, { description: 'Why (3 to 1000 characters), e.g. "Asiakkaan pyyntö 12.3.2026": kept in the erasure log for good.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ClientErasureResult> {
    const { exitsErased, ...erasure } = await eraseClient(ctx.db, eraseOutcomesThrough(ctx.peers), clientId, reason, ErasureBasis.REQUEST).catch(explainConstraint);
    return { erasure: { ...erasure, basis: erasure.basis as ErasureBasis }, exitsErased };
  }

  @Query(() => ClientErasureConnection, { description: "The caller's organisation's erasure log, newest first, a page at a time." })
  async clientErasures(@Args() page: PageArgs, @Ctx() ctx: Context) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['serial']);
    const rows = await ctx.db.run((manager) => clientRightsStore.erasures(manager, size + 1, after?.[0]));
    return toPage(rows, size, (row) => [row.id]);
  }

  @Query(() => RetentionPolicy, { nullable: true, description: "The caller's organisation's retention policy; null when none is set (nothing is erased by the job)." })
  retentionPolicy(@Ctx() ctx: Context) {
    return ctx.db.run((manager) => clientRightsStore.retentionPolicy(manager));
  }

  @Mutation(() => RetentionPolicy, {
    description: "Sets how many years after a client's last exit the retention job erases the client's personal data (1 to 120; check the periods the law and your funders set: docs/retention.md).",
  })
  async setRetentionPolicy(
    @Arg('yearsAfterLastExit', () => Int, { description: 'Years after the last exit.' }) years: number,
    @Ctx() ctx: Context,
  ) {
    if (!Number.isInteger(years) || years < 1 || years > 120) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'yearsAfterLastExit must be 1 to 120.', { argument: 'yearsAfterLastExit' });
    }
    return ctx.db.run(async (manager) => {
      await clientRightsStore.setRetentionPolicy(manager, years);
      return clientRightsStore.retentionPolicy(manager);
    });
  }

  @Query(() => [RetentionCandidate], {
    description: "The dry run of the retention job for the caller's organisation: the clients it would erase today and why (every enrolment exited, the last exit at least the policy's years ago). Empty without a policy.",
  })
  async retentionDueClients(@Ctx() ctx: Context) {
    return (await retentionDue(ctx.db, exitDaysThrough(ctx.peers), todayInFinland())).due;
  }
}
