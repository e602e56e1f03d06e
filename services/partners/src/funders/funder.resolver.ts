import { Locale, PageArgs, type SubgraphContext, labelOf, LocaleArg } from '@polku/kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actAsPlatformAdmin } from '../auth/platform-admin.js';
import type { PartnersLoaders } from '../loaders.js';
import { badInput, checkText, write } from '../validation.js';
import { FunderKind, funderKindLabels } from './funder-kind.js';
import { FunderEntity, FundingProgrammeEntity } from './funder.entity.js';
import { funderStore } from './funder.store.js';
import { CreateFunderInput, CreateFundingProgrammeInput, Funder, FunderConnection, FundingProgramme } from './funder.type.js';

type Context = SubgraphContext<PartnersLoaders>;

@Resolver(() => Funder)
export class FunderResolver {
  @Query(() => FunderConnection, { description: 'Funders, by name.' })
  funders(
    @Arg('kind', () => FunderKind, { nullable: true, description: 'Only funders of this kind.' }) kind: FunderKind | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.db.run((manager) => funderStore.page(manager, kind, page));
  }

  @Mutation(() => Funder, { description: 'Adds a funder. Platform admins only.' })
  createFunder(@Arg('input', () => CreateFunderInput, { description: 'The new funder.' }) input: CreateFunderInput, @Ctx() ctx: Context) {
    checkText('name', input.name);
    checkText('region', input.region, 100);
    if (input.kind === FunderKind.ELY_CENTRE && !input.region) throw badInput('region', 'An ELY centre needs the region it serves.');
    return write(ctx.db, async (manager) => {
      await actAsPlatformAdmin(manager, ctx.caller);
      return manager.save(manager.create(FunderEntity, { kind: input.kind, name: input.name, region: input.region ?? null }));
    });
  }

  @Mutation(() => FundingProgramme, { description: 'Adds a funding programme to a funder. Platform admins only.' })
  createFundingProgramme(
    @Arg('input', () => CreateFundingProgrammeInput, { description: 'The new programme.' }) input: CreateFundingProgrammeInput,
    @Ctx() ctx: Context,
  ) {
    checkText('name', input.name);
    return write(ctx.db, async (manager) => {
      await actAsPlatformAdmin(manager, ctx.caller);
      if (!(await manager.existsBy(FunderEntity, { id: input.funderId }))) throw badInput('funderId', 'No such funder.');
      return manager.save(manager.create(FundingProgrammeEntity, { funderId: input.funderId, name: input.name, employmentPolicy: input.employmentPolicy }));
    });
  }

  @FieldResolver(() => String)
  kindLabel(@Root() funder: FunderEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(funderKindLabels, funder.kind, locale, ctx);
  }

  @FieldResolver(() => [FundingProgramme])
  programmes(@Root() funder: FunderEntity, @Ctx() ctx: Context) {
    return ctx.loaders.programmesByFunderId.load(funder.id);
  }
}

@Resolver(() => FundingProgramme)
export class FundingProgrammeResolver {
  @FieldResolver(() => Funder)
  funder(@Root() programme: FundingProgrammeEntity, @Ctx() ctx: Context) {
    return ctx.loaders.funderById.load(programme.funderId);
  }
}
