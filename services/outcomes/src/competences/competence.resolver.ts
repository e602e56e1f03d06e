import { apiError, decodeCursor, ErrorCode, isUuid, LocaleArg, Locale, PageArgs, pageSize, toPage, type SubgraphContext } from '@polku/kit';
import { JSONObjectResolver } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { accessRequestOf, logReads } from '../audit/audited-reads.js';
import { personalFieldsSelected } from '../audit/selected-fields.js';
import type { OutcomesLoaders } from '../loaders.js';
import { cleanText } from '../input-rules.js';
import { enrolmentFacts } from '../references/enrolment-facts.js';
import { Enrolment } from '../references/enrolment.reference.js';
import { assertLeadsProject } from '../references/project-lead.js';
import { projectPeriod } from '../references/project-period.js';
import { checkLocalised } from '../localised-text.js';
import { checkBadgeCode, checkEarnedOn, checkUnitCodes } from './competence-rules.js';
import { competenceStore, type BadgeAwardRow, type BadgeRow } from './competence.store.js';
import {
  AwardBadgeInput,
  Badge,
  BadgeAward,
  BadgeAwardConnection,
  CompetenceFigures,
  DefineBadgeInput,
  QualificationUnit,
  QualificationUnitConnection,
  RecordQualificationUnitInput,
} from './competence.type.js';
import { openBadgeCredential } from './open-badges.js';

type Context = SubgraphContext<OutcomesLoaders>;
const lang = (locale: Locale | null | undefined, ctx: Context) => (locale ?? ctx.locale).toLowerCase() as 'fi' | 'sv' | 'en';

@Resolver(() => Badge)
export class BadgeResolver {
  @Query(() => [Badge], { description: "Badges the caller's organisation can award: its own catalogue and, with projectId, the project's." })
  badges(@Arg('projectId', () => ID, { nullable: true, description: "A project whose catalogue to include." }) projectId: string | null, @Ctx() ctx: Context) {
    if (projectId != null && !isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    return ctx.db.run((manager) => competenceStore.catalogue(manager, ctx.caller.organisationId, projectId ?? null));
  }

  @Mutation(() => Badge, {
    description:
      "Adds a badge to the caller's organisation's catalogue or, with projectId, to a project's (only the project's lead organisation may: FORBIDDEN otherwise). ORG_ADMIN only. CONFLICT when the code is taken in that catalogue.",
  })
  async defineBadge(@Arg('input', () => DefineBadgeInput, { description: 'The badge.' }) input: DefineBadgeInput, @Ctx() ctx: Context) {
    const badge = {
      orgId: ctx.caller.organisationId,
      projectId: input.projectId ?? null,
      code: checkBadgeCode(input.code),
      names: checkLocalised(input.name, 120, 'name'),
      criteriaTexts: checkLocalised(input.criteria, 2000, 'criteria'),
      issuerName: cleanText(input.issuerName, 200, 'issuerName') ?? '',
    };
    if (!badge.issuerName) throw apiError(ErrorCode.BAD_USER_INPUT, 'Give the issuer.', { argument: 'issuerName' });
    if (badge.projectId) await assertLeadsProject(ctx.peers, ctx.caller.organisationId, badge.projectId, 'defines badges for its catalogue');
    const id = await ctx.db.run((manager) => competenceStore.insertBadge(manager, badge));
    if (!id) throw apiError(ErrorCode.CONFLICT, 'The code is taken in that catalogue.', { argument: 'code' });
    return ctx.loaders.badgeById.load(id);
  }

  @FieldResolver(() => String)
  name(@Root() b: BadgeRow, @Ctx() ctx: Context) {
    return b.names[lang(null, ctx)];
  }

  @FieldResolver(() => String)
  criteria(@Root() b: BadgeRow, @Ctx() ctx: Context) {
    return b.criteriaTexts[lang(null, ctx)];
  }

  @FieldResolver()
  project(@Root() b: BadgeRow) {
    return b.projectId ? { id: b.projectId } : null;
  }
}

@Resolver(() => BadgeAward)
export class BadgeAwardResolver {
  @Query(() => BadgeAwardConnection, { description: "The caller's organisation's badge awards, latest first, a page at a time." })
  async badgeAwards(@Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const rows = await ctx.db.run(async (manager) => {
      const found = await competenceStore.awardPage(manager, size + 1, after ? { day: after[0]!, id: after[1]! } : undefined);
      await logReads(manager, 'BadgeAward', found.slice(0, size), personalFieldsSelected(info, 'BadgeAward'), accessRequestOf(ctx, info));
      return found;
    });
    return toPage(rows, size, (row) => [row.awardedOn, row.id]);
  }

  @Mutation(() => BadgeAward, {
    description:
      "Awards a badge on an enrolment of the caller's organisation. NOT_FOUND for an enrolment that is not the caller's; BAD_USER_INPUT for a badge outside the organisation's and the project's catalogues or a day outside the rules; CONFLICT when the enrolment already has the badge.",
  })
  async awardBadge(@Arg('input', () => AwardBadgeInput, { description: 'The enrolment, badge and day.' }) input: AwardBadgeInput, @Ctx() ctx: Context) {
    const evidence = cleanText(input.evidence, 1000, 'evidence');
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, input.enrolmentId);
    const badge = isUuid(input.badgeId) ? await ctx.loaders.badgeById.load(input.badgeId) : null;
    const awardable = badge && (badge.projectId ? badge.projectId === enrolment.projectId : badge.orgId === ctx.caller.organisationId);
    if (!badge || !awardable) throw apiError(ErrorCode.BAD_USER_INPUT, "No such badge in your organisation's or the project's catalogue.", { argument: 'badgeId' });
    checkEarnedOn(input.awardedOn, 'awardedOn', enrolment.startedOn, await projectPeriod(ctx.peers, enrolment.projectId));
    const id = await ctx.db.run((manager) =>
      competenceStore.insertAward(manager, {
        orgId: enrolment.organisationId, enrolmentId: enrolment.id, projectId: enrolment.projectId, badgeId: badge.id, awardedOn: input.awardedOn, evidence, recordedBy: ctx.caller.subject,
      }),
    );
    if (!id) throw apiError(ErrorCode.CONFLICT, 'The enrolment already has this badge.', { argument: 'badgeId' });
    return ctx.loaders.badgeAwardById.load(id);
  }

  @Mutation(() => ID, { description: "Withdraws a badge award made by mistake; the figures follow. Returns its id. NOT_FOUND for another organisation's." })
  async withdrawBadgeAward(@Arg('awardId', () => ID, { description: 'The award.' }) awardId: string, @Ctx() ctx: Context) {
    const removed = isUuid(awardId) && (await ctx.db.run((manager) => competenceStore.removeAward(manager, awardId)));
    if (!removed) throw apiError(ErrorCode.NOT_FOUND, 'No such badge award.', { argument: 'awardId' });
    return awardId;
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() a: BadgeAwardRow): Enrolment {
    return { id: a.enrolmentId };
  }

  @FieldResolver(() => Badge)
  async badge(@Root() a: BadgeAwardRow, @Ctx() ctx: Context) {
    return ctx.loaders.badgeById.load(a.badgeId);
  }

  @FieldResolver(() => JSONObjectResolver, {
    description:
      'The award as an Open Badges 3.0 credential (JSON-LD: VC 2.0 and OB 3.0 contexts, type VerifiableCredential and OpenBadgeCredential, the achievement with its criteria) for the client to take along. Unsigned (no proof). The evidence note is not in it.',
  })
  async openBadgeCredential(@Root() a: BadgeAwardRow, @LocaleArg() locale: Locale | null, @Ctx() ctx: Context) {
    const badge = await ctx.loaders.badgeById.load(a.badgeId);
    return openBadgeCredential(a, badge!, lang(locale, ctx));
  }
}

@Resolver(() => QualificationUnit)
export class QualificationUnitResolver {
  @Query(() => QualificationUnitConnection, { description: "The caller's organisation's qualification units passed, latest first, a page at a time." })
  async qualificationUnits(@Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const rows = await ctx.db.run(async (manager) => {
      const found = await competenceStore.unitPage(manager, size + 1, after ? { day: after[0]!, id: after[1]! } : undefined);
      await logReads(manager, 'QualificationUnit', found.slice(0, size), personalFieldsSelected(info, 'QualificationUnit'), accessRequestOf(ctx, info));
      return found;
    });
    return toPage(rows, size, (row) => [row.passedOn, row.id]);
  }

  @Mutation(() => QualificationUnit, {
    description:
      "Records a qualification unit passed on an enrolment of the caller's organisation. NOT_FOUND for an enrolment that is not the caller's; BAD_USER_INPUT for a malformed code or a day outside the rules; CONFLICT when the enrolment already has the unit.",
  })
  async recordQualificationUnit(@Arg('input', () => RecordQualificationUnitInput, { description: 'The enrolment, codes, names and day.' }) input: RecordQualificationUnitInput, @Ctx() ctx: Context) {
    checkUnitCodes(input.unitCode, input.qualificationCode);
    const names = { unitName: cleanText(input.unitName, 200, 'unitName'), qualificationName: cleanText(input.qualificationName, 200, 'qualificationName') };
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, input.enrolmentId);
    checkEarnedOn(input.passedOn, 'passedOn', enrolment.startedOn, await projectPeriod(ctx.peers, enrolment.projectId));
    const id = await ctx.db.run((manager) =>
      competenceStore.insertUnit(manager, {
        orgId: enrolment.organisationId, enrolmentId: enrolment.id, projectId: enrolment.projectId, unitCode: input.unitCode, qualificationCode: input.qualificationCode,
        ...names, passedOn: input.passedOn, recordedBy: ctx.caller.subject,
      }),
    );
    if (!id) throw apiError(ErrorCode.CONFLICT, 'The enrolment already has this qualification unit.', { argument: 'unitCode' });
    return ctx.loaders.qualificationUnitById.load(id);
  }

  @Mutation(() => ID, { description: "Withdraws a qualification unit recorded by mistake; the figures follow. Returns its id. NOT_FOUND for another organisation's." })
  async withdrawQualificationUnit(@Arg('qualificationUnitId', () => ID, { description: 'The record.' }) id: string, @Ctx() ctx: Context) {
    const removed = isUuid(id) && (await ctx.db.run((manager) => competenceStore.removeUnit(manager, id)));
    if (!removed) throw apiError(ErrorCode.NOT_FOUND, 'No such qualification unit.', { argument: 'qualificationUnitId' });
    return id;
  }

  @Query(() => CompetenceFigures, { description: "The caller's organisation's own badges awarded and qualification units passed in a project and year. Pooled figures come only from statistics releases." })
  async ownCompetenceFigures(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw apiError(ErrorCode.BAD_USER_INPUT, 'year must be 1 to 9999.', { argument: 'year' });
    return ctx.db.run((manager) => competenceStore.yearFigures(manager, projectId, year));
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() q: { enrolmentId: string }): Enrolment {
    return { id: q.enrolmentId };
  }
}

@Resolver(() => Enrolment)
export class EnrolmentCompetencesResolver {
  @FieldResolver(() => [BadgeAward], { description: 'Badges awarded on the enrolment, earliest first.' })
  badgeAwards(@Root() enrolment: Enrolment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.badgeAwardsRead.load(enrolment.id, ctx, info);
  }

  @FieldResolver(() => [QualificationUnit], { description: 'Qualification units passed on the enrolment, earliest first.' })
  qualificationUnits(@Root() enrolment: Enrolment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.qualificationUnitsRead.load(enrolment.id, ctx, info);
  }
}
